<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>Kig &amp;i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer af &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>calendar_names</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Forrige måned</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Næste måned</translation>
        </message>
        <message>
            <source>Month: {month}</source>
            <translation>Måned: {month}</translation>
        </message>
        <message>
            <source>Year: {year}</source>
            <translation>År: {year}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Days of {month}</source>
            <translation>Dage i {month}</translation>
        </message>
    </context>
    <context>
        <name>charts.figures</name>
        <message>
            <source>{series} on {n} of {total} days: from {low} to {high}</source>
            <translation>{series} på {n} af {total} dage: fra {low} til {high}</translation>
        </message>
        <message>
            <source>{series} in {n} of {total} weeks: from {low} to {high}</source>
            <translation>{series} i {n} af {total} uger: fra {low} til {high}</translation>
        </message>
        <message>
            <source>{series} in {n} of {total} months: from {low} to {high}</source>
            <translation>{series} i {n} af {total} måneder: fra {low} til {high}</translation>
        </message>
        <message>
            <source>Latest – {period}: {figures}</source>
            <translation>Senest – {period}: {figures}</translation>
        </message>
        <message>
            <source>Nothing logged in the period shown</source>
            <translation>Intet registreret i den viste periode</translation>
        </message>
        <message>
            <source>Enter shows the numbers as a table</source>
            <translation>Enter viser tallene som tabel</translation>
        </message>
        <message>
            <source>Enter on a row opens it in the journal</source>
            <translation>Enter på en række åbner den i dagbogen</translation>
        </message>
    </context>
    <context>
        <name>charts.heatmap</name>
        <message>
            <source>Stress step</source>
            <translation>Stresstrin</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Ledelsesandel</translation>
        </message>
        <message>
            <source>Colour the days by</source>
            <translation>Farv dagene efter</translation>
        </message>
        <message>
            <source>Show year</source>
            <translation>Vis år</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Seneste 12 måneder</translation>
        </message>
        <message>
            <source>No value</source>
            <translation>Ingen værdi</translation>
        </message>
        <message>
            <source>Step {n}: {name}</source>
            <translation>Trin {n}: {name}</translation>
        </message>
        <message>
            <source>Leadership share {share}</source>
            <translation>Ledelsesandel {share}</translation>
        </message>
    </context>
    <context>
        <name>charts.period_charts</name>
        <message>
            <source>No WHO-5 check-ins in this period. You can take one from Today.</source>
            <translation>Ingen WHO-5-målinger i perioden. Du kan tage en fra I dag.</translation>
        </message>
    </context>
    <context>
        <name>charts.words</name>
        <message>
            <source>Time split</source>
            <translation>Tidsfordeling</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>Arbejdstimer</translation>
        </message>
        <message>
            <source>Stress staircase</source>
            <translation>Stresstrappen</translation>
        </message>
        <message>
            <source>Demands and resources</source>
            <translation>Krav og ressourcer</translation>
        </message>
        <message>
            <source>WHO-5 wellbeing</source>
            <translation>WHO-5-trivsel</translation>
        </message>
        <message>
            <source>The year day by day</source>
            <translation>Året dag for dag</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Uge</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Leadership share (%)</source>
            <translation>Ledelsesandel (%)</translation>
        </message>
        <message>
            <source>Step (1–5)</source>
            <translation>Trin (1–5)</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signaler</translation>
        </message>
        <message>
            <source>Mean (0–10)</source>
            <translation>Gennemsnit (0–10)</translation>
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation>Score (0–100)</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Ledelse</translation>
        </message>
        <message>
            <source>Own work</source>
            <translation>Egne opgaver</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Ledelsesandel</translation>
        </message>
        <message>
            <source>Target {target}%</source>
            <translation>Mål {target} %</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Above the norm</source>
            <translation>Over normen</translation>
        </message>
        <message>
            <source>Norm ({norm} h/week)</source>
            <translation>Norm ({norm} t/uge)</translation>
        </message>
        <message>
            <source>Norm ({norm} h per weekday)</source>
            <translation>Norm ({norm} t pr. hverdag)</translation>
        </message>
        <message>
            <source>Mean step</source>
            <translation>Gennemsnitligt trin</translation>
        </message>
        <message>
            <source>Highest step</source>
            <translation>Højeste trin</translation>
        </message>
        <message>
            <source>Signals noticed</source>
            <translation>Bemærkede signaler</translation>
        </message>
        <message>
            <source>Steps 3–5</source>
            <translation>Trin 3–5</translation>
        </message>
        <message>
            <source>Demands</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>Demands larger</source>
            <translation>Krav størst</translation>
        </message>
        <message>
            <source>Resources larger</source>
            <translation>Ressourcer størst</translation>
        </message>
        <message>
            <source>WHO-5 score</source>
            <translation>WHO-5-score</translation>
        </message>
        <message>
            <source>50: lower wellbeing</source>
            <translation>50: nedsat trivsel</translation>
        </message>
        <message>
            <source>28: low wellbeing</source>
            <translation>28: lav trivsel</translation>
        </message>
        <message>
            <source>Nothing logged</source>
            <translation>Ingen registrering</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>{share} (target {target}%)</source>
            <translation>{share} (mål {target} %)</translation>
        </message>
        <message>
            <source>{worked} of a norm of {norm}</source>
            <translation>{worked} af en norm på {norm}</translation>
        </message>
        <message>
            <source>{hours} above the norm</source>
            <translation>{hours} over normen</translation>
        </message>
        <message>
            <source>{hours} below the norm</source>
            <translation>{hours} under normen</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Forskel</translation>
        </message>
        <message>
            <source>Mean step {mean}</source>
            <translation>Gennemsnitligt trin {mean}</translation>
        </message>
        <message>
            <source>Highest step {step} {name}</source>
            <translation>Højeste trin {step} {name}</translation>
        </message>
        <message>
            <source>{n} signals noticed</source>
            <translation>{n} bemærkede signaler</translation>
        </message>
        <message>
            <source>Days with a step</source>
            <translation>Dage med trin</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} dage registreret</translation>
        </message>
        <message>
            <source>1 day logged</source>
            <translation>1 dag registreret</translation>
        </message>
        <message>
            <source>Demands {value}</source>
            <translation>Krav {value}</translation>
        </message>
        <message>
            <source>Resources {value}</source>
            <translation>Ressourcer {value}</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Betydning</translation>
        </message>
        <message>
            <source>above 50</source>
            <translation>over 50</translation>
        </message>
        <message>
            <source>50 or below: lower wellbeing</source>
            <translation>50 eller under: nedsat trivsel</translation>
        </message>
        <message>
            <source>28 or below: low wellbeing</source>
            <translation>28 eller under: lav trivsel</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Click to open in the journal</source>
            <translation>Klik for at åbne i dagbogen</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Gem som PNG/SVG…</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Gem diagrammet</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-billede (*.png);;SVG-tegning (*.svg)</translation>
        </message>
        <message>
            <source>Saved to {path}. The file is not encrypted – keep it somewhere safe.</source>
            <translation>Gemt i {path}. Filen er ikke krypteret – gem den et sikkert sted.</translation>
        </message>
        <message>
            <source>The chart was not saved: {reason}</source>
            <translation>Diagrammet blev ikke gemt: {reason}</translation>
        </message>
        <message>
            <source>{chart} as a table</source>
            <translation>{chart} som tabel</translation>
        </message>
        <message>
            <source>{chart} – chart</source>
            <translation>{chart} – diagram</translation>
        </message>
        <message>
            <source>wk</source>
            <translation>uge</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Sikkerhedskopieret til {file}.</translation>
        </message>
        <message>
            <source>Put back the key file of {file} beside the journal in {folder}.</source>
            <translation>Nøglefilen fra {file} er lagt tilbage ved dagbogen i {folder}.</translation>
        </message>
        <message>
            <source>Restored the journal in {folder} from {file}.</source>
            <translation>Dagbogen i {folder} er gendannet fra {file}.</translation>
        </message>
        <message>
            <source>The journal that was there is kept as {file}.</source>
            <translation>Den dagbog, der lå der, er gemt som {file}.</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>drift</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>ledelse</translation>
        </message>
        <message>
            <source>own</source>
            <translation>egne</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>mandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>søndag</translation>
        </message>
        <message>
            <source>Time outside these events is not in the calendar: add it yourself.</source>
            <translation>Tid uden for disse begivenheder står ikke i kalenderen: læg den selv til.</translation>
        </message>
        <message>
            <source>{n} calendar file</source>
            <translation>{n} kalenderfil</translation>
        </message>
        <message>
            <source>{n} calendar files</source>
            <translation>{n} kalenderfiler</translation>
        </message>
        <message>
            <source>Calendar for {day} ({weekday}), from {source}</source>
            <translation>Kalender for {day} ({weekday}), fra {source}</translation>
        </message>
        <message>
            <source>No events in the calendar on this day: nothing to propose.</source>
            <translation>Ingen begivenheder i kalenderen denne dag: intet at foreslå.</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Ikke fordelt</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>I alt</translation>
        </message>
        <message>
            <source>Minutes per category</source>
            <translation>Minutter pr. kategori</translation>
        </message>
        <message>
            <source>Minutes per kind</source>
            <translation>Minutter pr. slags</translation>
        </message>
        <message>
            <source>Events (local time)</source>
            <translation>Begivenheder (lokal tid)</translation>
        </message>
        <message>
            <source>"… of …": that event overlapped one that started later; time counts once.</source>
            <translation>»… af …«: den begivenhed overlappede en, der begyndte senere; tiden tælles én gang.</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>ikke fordelt</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>hele dagen</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>tælles ikke</translation>
        </message>
        <message>
            <source>not counted (24 h or more)</source>
            <translation>tælles ikke (24 t eller mere)</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} af {whole}</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(uden titel)</translation>
        </message>
        <message>
            <source>Logged {day} from the calendar:</source>
            <translation>Registreret {day} fra kalenderen:</translation>
        </message>
        <message>
            <source>your option</source>
            <translation>din indstilling</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>kalender</translation>
        </message>
        <message>
            <source>Kept as the day held them: {held}.</source>
            <translation>Beholdt som dagen havde dem: {held}.</translation>
        </message>
        <message>
            <source>Unassigned: {time} of events went to no category and were not logged ('calendar show' lists them; keywords are in Settings).</source>
            <translation>Ikke fordelt: {time} af begivenhederne kom ikke under nogen kategori og blev ikke registreret (»calendar show« viser dem; nøgleordene findes under Indstillinger).</translation>
        </message>
        <message>
            <source>the output is closed (nowhere to write); nothing was done</source>
            <translation>uddata er lukket (der er intet sted at skrive); intet blev gjort</translation>
        </message>
        <message>
            <source>cannot use {file}: {reason}</source>
            <translation>kan ikke bruge {file}: {reason}</translation>
        </message>
        <message>
            <source>cannot use: {reason}</source>
            <translation>kan ikke bruges: {reason}</translation>
        </message>
        <message>
            <source>interrupted; nothing more was changed.</source>
            <translation>afbrudt; intet mere blev ændret.</translation>
        </message>
        <message>
            <source>unexpected error ({type}); nothing more was changed. Run with {variable}=1 for details.</source>
            <translation>uventet fejl ({type}); intet mere blev ændret. Kør med {variable}=1 for detaljer.</translation>
        </message>
        <message>
            <source>Exported to {file}.</source>
            <translation>Eksporteret til {file}.</translation>
        </message>
        <message>
            <source>{file}: a Leader Pulse export (JSON).</source>
            <translation>{file}: en eksport fra Leader Pulse (JSON).</translation>
        </message>
        <message>
            <source>It would add {days}, {topics}, {meetings} and {checkins}.</source>
            <translation>Importen ville tilføje {days}, {topics}, {meetings} og {checkins}.</translation>
        </message>
        <message>
            <source>Imported {days}, {topics}, {meetings} and {checkins}.</source>
            <translation>Importeret: {days}, {topics}, {meetings} og {checkins}.</translation>
        </message>
        <message>
            <source>{n} day</source>
            <translation>{n} dag</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} dage</translation>
        </message>
        <message>
            <source>{n} sparring topic</source>
            <translation>{n} sparringsemne</translation>
        </message>
        <message>
            <source>{n} sparring topics</source>
            <translation>{n} sparringsemner</translation>
        </message>
        <message>
            <source>{n} 1:1</source>
            <translation>{n} 1:1-samtale</translation>
        </message>
        <message>
            <source>{n} 1:1s</source>
            <translation>{n} 1:1-samtaler</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-in</source>
            <translation>{n} WHO-5-måling</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-ins</source>
            <translation>{n} WHO-5-målinger</translation>
        </message>
        <message>
            <source>Nothing to import: all {entries} of {file} are in the journal already.</source>
            <translation>Intet at importere: alle {entries} fra {file} er allerede i dagbogen.</translation>
        </message>
        <message>
            <source>Nothing to import: {file} holds no entries.</source>
            <translation>Intet at importere: {file} har ingen indlæg.</translation>
        </message>
        <message>
            <source>Add the imported text to these shared days? [y/N]</source>
            <translation>Tilføj den importerede tekst til disse delte dage? [j/N]</translation>
        </message>
        <message>
            <source>Imported {entries} into {days}.</source>
            <translation>Importeret: {entries} på {days}.</translation>
        </message>
        <message>
            <source>Imported {entries}; the others were imported in the meantime.</source>
            <translation>Importeret: {entries}; de øvrige blev importeret i mellemtiden.</translation>
        </message>
        <message>
            <source>A backup from before the import: {path}</source>
            <translation>En sikkerhedskopi fra før importen: {path}</translation>
        </message>
        <message>
            <source>The text on a shared day is shared as the day is (a day in the journal keeps its share level; a new day takes the one the file gives).</source>
            <translation>Teksten på en delt dag deles som dagen (en dag i dagbogen beholder sin deling; en ny dag får den, filen angiver).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>To import</source>
            <translation>Importeres</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>{n} tag</source>
            <translation>{n} tag</translation>
        </message>
        <message>
            <source>{n} tags</source>
            <translation>{n} tags</translation>
        </message>
        <message>
            <source>Shared days</source>
            <translation>Delte dage</translation>
        </message>
        <message>
            <source>{n} of them you share (1:1 or coach): {list}</source>
            <translation>{n} af dem deler du (1:1 eller coach): {list}</translation>
        </message>
        <message>
            <source>New own signals, demands or resources</source>
            <translation>Nye egne signaler, krav eller ressourcer</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Udeladt</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Allerede importeret</translation>
        </message>
        <message>
            <source>{entries} (passed over)</source>
            <translation>{entries} (springes over)</translation>
        </message>
        <message>
            <source>moods of emoji only</source>
            <translation>humør kun af emoji</translation>
        </message>
        <message>
            <source>figures of a second file of the same day</source>
            <translation>tal fra en fil nummer to for samme dag</translation>
        </message>
        <message>
            <source>time under categories this journal lacks</source>
            <translation>tid under kategorier, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>signals, demands or resources this journal lacks</source>
            <translation>signaler, krav eller ressourcer, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>{entries} on {days} ({period})</source>
            <translation>{entries} på {days} ({period})</translation>
        </message>
        <message>
            <source>import: {days} you share (1:1 or coach) would get the imported text, shared as the day is; nothing was written; add --yes to import into them</source>
            <translation>import: {days}, som du deler (1:1 eller coach), ville få den importerede tekst, og den deles som dagen; intet blev skrevet; tilføj --yes for at importere til dem</translation>
        </message>
        <message>
            <source>In the journal</source>
            <translation>I dagbogen</translation>
        </message>
        <message>
            <source>{n} day is there already (the text goes after its own):</source>
            <translation>{n} dag er der allerede (teksten kommer efter dens egen):</translation>
        </message>
        <message>
            <source>{n} days are there already (the text goes after their own):</source>
            <translation>{n} dage er der allerede (teksten kommer efter deres egen):</translation>
        </message>
        <message>
            <source>no day (every day is new)</source>
            <translation>ingen dag (alle dage er nye)</translation>
        </message>
        <message>
            <source>New shared days</source>
            <translation>Nye delte dage</translation>
        </message>
        <message>
            <source>shared (1:1 or coach), as the file says: {list}</source>
            <translation>delt (1:1 eller coach), som filen angiver: {list}</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>fotos</translation>
        </message>
        <message>
            <source>videos</source>
            <translation>videoer</translation>
        </message>
        <message>
            <source>audio recordings</source>
            <translation>lydoptagelser</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>vedhæftede filer</translation>
        </message>
        <message>
            <source>locations</source>
            <translation>steder</translation>
        </message>
        <message>
            <source>weather</source>
            <translation>vejr</translation>
        </message>
        <message>
            <source>activities of emoji only</source>
            <translation>aktiviteter kun af emoji</translation>
        </message>
        <message>
            <source>stars on entries, not kept</source>
            <translation>stjerner på indlæg, gemmes ikke</translation>
        </message>
        <message>
            <source>files that are not daily notes</source>
            <translation>filer, der ikke er dagsnoter</translation>
        </message>
        <message>
            <source>entries dated after today, to import again on that day</source>
            <translation>indlæg dateret efter i dag, importer dem igen den dag</translation>
        </message>
        <message>
            <source>figures of days already in the journal, kept as they are</source>
            <translation>tal for dage, der allerede er i dagbogen, beholdt som de er</translation>
        </message>
        <message>
            <source>1:1 notes (for reading)</source>
            <translation>1:1-noter (til at læse)</translation>
        </message>
        <message>
            <source>sparring topics (for reading)</source>
            <translation>sparringsemner (til at læse)</translation>
        </message>
        <message>
            <source>the WHO-5 page (for reading)</source>
            <translation>WHO-5-siden (til at læse)</translation>
        </message>
        <message>
            <source>the README (for reading)</source>
            <translation>LÆS MIG-filen (til at læse)</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} indlæg</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} indlæg</translation>
        </message>
        <message>
            <source>{list} and {n} more</source>
            <translation>{list} og {n} mere</translation>
        </message>
        <message>
            <source>Exported {days}, {meetings}, {topics} and {checkins} to {folder}.</source>
            <translation>Eksporteret: {days}, {meetings}, {topics} og {checkins} til {folder}.</translation>
        </message>
        <message>
            <source>a coach report (--kind coach)</source>
            <translation>en opsummering til coach (--kind coach)</translation>
        </message>
        <message>
            <source>Wrote the coach report for {start} – {end} to {file}.</source>
            <translation>Opsummeringen til coach for {start} – {end} er skrevet til {file}.</translation>
        </message>
        <message>
            <source>Wrote the one-on-one report for {start} – {end} to {file}.</source>
            <translation>1:1-rapporten for {start} – {end} er skrevet til {file}.</translation>
        </message>
        <message>
            <source>It includes {n} reflection marked 'coach'.</source>
            <translation>Den indeholder {n} refleksion markeret »coach«.</translation>
        </message>
        <message>
            <source>It includes {n} reflections marked 'coach'.</source>
            <translation>Den indeholder {n} refleksioner markeret »coach«.</translation>
        </message>
        <message>
            <source>It includes no reflection text.</source>
            <translation>Den indeholder ingen refleksionstekst.</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; the closest: {near}. To add it as your own signal, use --new-signal; see the list with: {command}</source>
            <translation>{field}: »{name}« står ikke på listen; nærmest er: {near}. Brug --new-signal for at tilføje det som dit eget signal; se listen med: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; no item is close to it. To add it as your own signal, use --new-signal; see the list with: {command}</source>
            <translation>{field}: »{name}« står ikke på listen, og intet på listen ligner det. Brug --new-signal for at tilføje det som dit eget signal; se listen med: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; the closest: {near}. See the list with: {command}</source>
            <translation>{field}: »{name}« står ikke på listen; nærmest er: {near}. Se listen med: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; no item is close to it. See the list with: {command}</source>
            <translation>{field}: »{name}« står ikke på listen, og intet på listen ligner det. Se listen med: {command}</translation>
        </message>
        <message>
            <source>private, one-on-one or coach</source>
            <translation>private, one-on-one eller coach</translation>
        </message>
        <message>
            <source>log: nothing to log; give at least one of {options} or --from-calendar (see: wellbeing-desktop log --help)</source>
            <translation>log: intet at registrere; angiv mindst én af {options} eller --from-calendar (se: wellbeing-desktop log --help)</translation>
        </message>
        <message>
            <source>Saved {day}.</source>
            <translation>Gemt {day}.</translation>
        </message>
        <message>
            <source>Hours worked raised from {before} to {after}, to cover the categories' time.</source>
            <translation>Arbejdstiden er sat op fra {before} til {after}, så den dækker tiden i kategorierne.</translation>
        </message>
        <message>
            <source>Added your own signal '{name}' ({key}).</source>
            <translation>Dit eget signal »{name}« er tilføjet ({key}).</translation>
        </message>
        <message>
            <source>calendar: no counted events on {day} (all-day events are not counted); nothing was logged</source>
            <translation>kalender: ingen begivenheder at tælle den {day} (heldagsbegivenheder tælles ikke); intet blev registreret</translation>
        </message>
        <message>
            <source>calendar: the events on {day} went to none of your categories; nothing was logged. Give the time with --operations, --leadership, --strategy or --own, or add keywords in Settings</source>
            <translation>kalender: begivenhederne den {day} kom ikke under nogen af dine kategorier; intet blev registreret. Angiv tiden med --operations, --leadership, --strategy eller --own, eller tilføj nøgleord under Indstillinger</translation>
        </message>
        <message>
            <source>It replaces the check-in of that day ({score} of 100).</source>
            <translation>Den erstatter dagens tidligere måling ({score} af 100).</translation>
        </message>
        <message>
            <source>ops</source>
            <translation>drift</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>ledelse</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>trin {step}</translation>
        </message>
        <message>
            <source>d/r {demands}/{resources}</source>
            <translation>k/r {demands}/{resources}</translation>
        </message>
        <message>
            <source>No days logged in this period.</source>
            <translation>Ingen dage registreret i perioden.</translation>
        </message>
        <message>
            <source>{n} week</source>
            <translation>{n} uge</translation>
        </message>
        <message>
            <source>{n} weeks</source>
            <translation>{n} uger</translation>
        </message>
        <message>
            <source>(only part of a week logged: the hours so far)</source>
            <translation>(kun en del af en uge registreret: timerne indtil nu)</translation>
        </message>
        <message>
            <source>(this week, still running, is not counted)</source>
            <translation>(denne uge, som stadig er i gang, tælles ikke med)</translation>
        </message>
        <message>
            <source>(the week of {day}, only partly in the period, is not counted)</source>
            <translation>(ugen fra {day}, som kun delvis er i perioden, tælles ikke med)</translation>
        </message>
        <message>
            <source>last {weeks}, {span}</source>
            <translation>de seneste {weeks}, {span}</translation>
        </message>
        <message>
            <source>No days logged in this period ({span}). Give --from and --to for another period.</source>
            <translation>Ingen dage registreret i perioden ({span}). Angiv --from og --to for en anden periode.</translation>
        </message>
        <message>
            <source>No days logged in this period ({span}).</source>
            <translation>Ingen dage registreret i perioden ({span}).</translation>
        </message>
        <message>
            <source>{n} day logged</source>
            <translation>{n} dag registreret</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} dage registreret</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Leadership share:</source>
            <translation>Ledelsesandel:</translation>
        </message>
        <message>
            <source>{share} (target {target})</source>
            <translation>{share} (mål {target})</translation>
        </message>
        <message>
            <source>Hours per week:</source>
            <translation>Timer pr. uge:</translation>
        </message>
        <message>
            <source>{hours} (norm {norm})</source>
            <translation>{hours} (norm {norm})</translation>
        </message>
        <message>
            <source>= {hours} worked ÷ {weeks} with logged days</source>
            <translation>= {hours} arbejdet ÷ {weeks} med registrerede dage</translation>
        </message>
        <message>
            <source>Stress step:</source>
            <translation>Stresstrin:</translation>
        </message>
        <message>
            <source>mean {mean}, max {max}</source>
            <translation>gennemsnit {mean}, højst {max}</translation>
        </message>
        <message>
            <source>Demands/resources:</source>
            <translation>Krav/ressourcer:</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ingen endnu</translation>
        </message>
        <message>
            <source>{score} on {day}</source>
            <translation>{score} den {day}</translation>
        </message>
        <message>
            <source>Latest WHO-5:</source>
            <translation>Seneste WHO-5:</translation>
        </message>
        <message>
            <source>WHO-5 on {day}: {score} of 100.</source>
            <translation>WHO-5 den {day}: {score} af 100.</translation>
        </message>
        <message>
            <source>a journal already exists in {folder}; nothing changed</source>
            <translation>der findes allerede en dagbog i {folder}; intet blev ændret</translation>
        </message>
        <message>
            <source>Created an encrypted journal in {folder}.</source>
            <translation>En krypteret dagbog er oprettet i {folder}.</translation>
        </message>
        <message>
            <source>Its language is Danish (Settings in the app change it).</source>
            <translation>Dens sprog er dansk (det ændres under Indstillinger i appen).</translation>
        </message>
        <message>
            <source>Its language is English (Settings in the app change it).</source>
            <translation>Dens sprog er engelsk (det ændres under Indstillinger i appen).</translation>
        </message>
        <message>
            <source>recovery-key-out: only with --rotate-key; nothing was changed</source>
            <translation>recovery-key-out: kun sammen med --rotate-key; intet blev ændret</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Adgangssætningen er ændret.</translation>
        </message>
        <message>
            <source>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones and old key files open nothing here.</source>
            <translation>Dagbogen er nu krypteret med en ny nøgle, som åbnes med den nye adgangssætning og den nye gendannelsesnøgle; de gamle og gamle nøglefiler åbner intet her.</translation>
        </message>
        <message>
            <source>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {folder}` when it is unlocked.</source>
            <translation>Den gamle nøgle ligger stadig i computerens nøglering (den er låst); kør `wellbeing-desktop forget --data-dir {folder}`, når den er låst op.</translation>
        </message>
        <message>
            <source>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones, old key files and remembered keys open nothing here.</source>
            <translation>Dagbogen er nu krypteret med en ny nøgle, som åbnes med den nye adgangssætning og den nye gendannelsesnøgle; de gamle, gamle nøglefiler og huskede nøgler åbner intet her.</translation>
        </message>
        <message>
            <source>The backups in the backups folder were re-encrypted too ({n}).</source>
            <translation>Sikkerhedskopierne i mappen med sikkerhedskopier blev også krypteret igen ({n}).</translation>
        </message>
        <message>
            <source>Could not be re-encrypted; left as they are: {names}</source>
            <translation>Kunne ikke krypteres igen; de er ladt, som de var: {names}</translation>
        </message>
        <message>
            <source>The backups in the backups folder take it too ({n}).</source>
            <translation>Sikkerhedskopierne i mappen med sikkerhedskopier bruger den også ({n}).</translation>
        </message>
        <message>
            <source>Could not be opened with this journal's key; left as they are: {names}</source>
            <translation>Kunne ikke åbnes med dagbogens nøgle; de er ladt, som de var: {names}</translation>
        </message>
        <message>
            <source>Could not be changed and still open with the old passphrase: {names}</source>
            <translation>Kunne ikke ændres og åbnes stadig med den gamle adgangssætning: {names}</translation>
        </message>
        <message>
            <source>A new passphrase is set. The recovery key still works; keep it safe.</source>
            <translation>En ny adgangssætning er sat. Gendannelsesnøglen virker stadig; opbevar den sikkert.</translation>
        </message>
        <message>
            <source>This computer's keyring now unlocks the journal. 'forget' undoes it.</source>
            <translation>Computerens nøglering låser nu dagbogen op. »forget« fortryder det.</translation>
        </message>
        <message>
            <source>The key was removed from this computer's keyring.</source>
            <translation>Nøglen er fjernet fra computerens nøglering.</translation>
        </message>
        <message>
            <source>The keyring held no key for this journal.</source>
            <translation>Nøgleringen havde ingen nøgle til denne dagbog.</translation>
        </message>
        <message>
            <source>demo: the journal already has days; use a new --data-dir</source>
            <translation>demo: dagbogen har allerede dage; brug en ny --data-dir</translation>
        </message>
        <message>
            <source>Filled the journal with {n} demo day.</source>
            <translation>Dagbogen er fyldt med {n} demodag.</translation>
        </message>
        <message>
            <source>Filled the journal with {n} demo days.</source>
            <translation>Dagbogen er fyldt med {n} demodage.</translation>
        </message>
        <message>
            <source>{n} problem found</source>
            <translation>{n} problem fundet</translation>
        </message>
        <message>
            <source>{n} problems found</source>
            <translation>{n} problemer fundet</translation>
        </message>
        <message>
            <source>check: {found} (first: {first}); restore the newest backup from {folder}</source>
            <translation>check: {found} (det første: {first}); gendan den nyeste sikkerhedskopi fra {folder}</translation>
        </message>
        <message>
            <source>The journal file is intact.</source>
            <translation>Dagbogsfilen er intakt.</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Keep it somewhere safe.</source>
            <translation>Den eksporterede fil er ikke krypteret. Gem den et sikkert sted.</translation>
        </message>
        <message>
            <source>The exported folder is not encrypted. Keep it somewhere safe.</source>
            <translation>Den eksporterede mappe er ikke krypteret. Gem den et sikkert sted.</translation>
        </message>
        <message>
            <source>a new file (it exists already)</source>
            <translation>en ny fil (den findes allerede)</translation>
        </message>
        <message>
            <source>a file in an existing folder</source>
            <translation>en fil i en mappe, der findes</translation>
        </message>
        <message>
            <source>out: - is not supported; give a folder name</source>
            <translation>out: - understøttes ikke; angiv et mappenavn</translation>
        </message>
        <message>
            <source>a new folder (it exists already)</source>
            <translation>en ny mappe (den findes allerede)</translation>
        </message>
        <message>
            <source>a new folder in a folder that exists</source>
            <translation>en ny mappe i en mappe, der findes</translation>
        </message>
        <message>
            <source>out: - is not supported; give a file name</source>
            <translation>out: - understøttes ikke; angiv et filnavn</translation>
        </message>
        <message>
            <source>out: {file} ends in {ending}; for --format {format} use a name ending in .{format}</source>
            <translation>out: {file} ender på {ending}; til --format {format} skal navnet ende på .{format}</translation>
        </message>
        <message>
            <source>out: cannot write {file} ({reason})</source>
            <translation>out: kan ikke skrive {file} ({reason})</translation>
        </message>
        <message>
            <source>out: {file} was not written: {reason}</source>
            <translation>out: {file} blev ikke skrevet: {reason}</translation>
        </message>
        <message>
            <source>a day on or before --to</source>
            <translation>en dag på eller før --to</translation>
        </message>
        <message>
            <source>recovery-key-out: cannot write {file} ({reason}); the key is shown here instead.</source>
            <translation>recovery-key-out: kan ikke skrive {file} ({reason}); nøglen vises her i stedet.</translation>
        </message>
        <message>
            <source>The recovery key was written to {file}. Print it or store it safely.</source>
            <translation>Gendannelsesnøglen er skrevet til {file}. Udskriv den, eller opbevar den sikkert.</translation>
        </message>
        <message>
            <source>Your recovery key (shown only this once; print it or store it safely):</source>
            <translation>Din gendannelsesnøgle (vises kun denne ene gang; udskriv den, eller opbevar den sikkert):</translation>
        </message>
        <message>
            <source>With it you can open the journal and set a new passphrase if you forget yours.</source>
            <translation>Med den kan du åbne dagbogen og vælge en ny adgangssætning, hvis du glemmer din.</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dag</translation>
        </message>
        <message>
            <source>sparring</source>
            <translation>sparring</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Nothing found: the search holds only words to leave out (-word, NOT word); add a word to look for.</source>
            <translation>Intet fundet: søgningen har kun ord, der skal udelades (-ord, NOT ord); tilføj et ord at søge efter.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Intet fundet.</translation>
        </message>
        <message>
            <source>{shown} of {total} matches shown (the newest); use --limit {total} to see them all.</source>
            <translation>{shown} af {total} fund vist (de nyeste); brug --limit {total} for at se dem alle.</translation>
        </message>
        <message>
            <source>no new passphrase given: use --passphrase-file, {variable}, or run in a terminal</source>
            <translation>ingen ny adgangssætning angivet: brug --passphrase-file, {variable} eller kør i en terminal</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Ny adgangssætning: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>Ny adgangssætning igen: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed</source>
            <translation>de to adgangssætninger er forskellige; intet blev ændret</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Adgangssætning: </translation>
        </message>
        <message>
            <source>no passphrase given: use --passphrase-file or {variable}, run in a terminal, or keep the key in the keyring with: {command}</source>
            <translation>ingen adgangssætning angivet: brug --passphrase-file eller {variable}, kør i en terminal, eller gem nøglen i nøgleringen med: {command}</translation>
        </message>
        <message>
            <source>Demands (log --demand KEY or label)</source>
            <translation>Krav (log --demand NØGLE eller navn)</translation>
        </message>
        <message>
            <source>Resources (log --resource KEY or label)</source>
            <translation>Ressourcer (log --resource NØGLE eller navn)</translation>
        </message>
        <message>
            <source>Signals (log --signal KEY or label; log --new-signal NAME adds your own)</source>
            <translation>Signaler (log --signal NØGLE eller navn; log --new-signal NAVN tilføjer dit eget)</translation>
        </message>
        <message>
            <source>Sparring situations (the Sparring view of the app)</source>
            <translation>Sparringssituationer (appens visning Sparring)</translation>
        </message>
        <message>
            <source>(your own)</source>
            <translation>(dit eget)</translation>
        </message>
        <message>
            <source>Your own signals are not listed: there is no journal in this folder yet, or no passphrase was given to open it.</source>
            <translation>Dine egne signaler er ikke med: der er endnu ingen dagbog i denne mappe, eller der blev ikke givet en adgangssætning til at åbne den.</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Wrote the round '{name}' ({period}, at least {n} leaders) to {file}.</source>
            <translation>Runden »{name}« ({period}, mindst {n} ledere) er skrevet til {file}.</translation>
        </message>
        <message>
            <source>Send the file to the leaders; each sends back a pulse file for you to combine.</source>
            <translation>Send filen til lederne; hver sender en pulsfil tilbage, som du samler.</translation>
        </message>
        <message>
            <source>Round code: {code}. Read it out to the leaders; they see it when they open the file.</source>
            <translation>Rundens kode: {code}. Læs den op for lederne; de ser den, når de åbner filen.</translation>
        </message>
        <message>
            <source>The pulse file holds exactly this:</source>
            <translation>Pulsfilen indeholder præcis dette:</translation>
        </message>
        <message>
            <source>The file is encrypted: only the round's key opens it.</source>
            <translation>Filen er krypteret: kun rundens nøgle kan åbne den.</translation>
        </message>
        <message>
            <source>Check that the round code is the one your facilitator gave you.</source>
            <translation>Tjek, at rundens kode er den, tovholderen gav dig.</translation>
        </message>
        <message>
            <source>share: nothing was written; add --yes to write the pulse file</source>
            <translation>share: intet blev skrevet; tilføj --yes for at skrive pulsfilen</translation>
        </message>
        <message>
            <source>Write this pulse file? [y/N]</source>
            <translation>Skriv denne pulsfil? [j/N]</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Intet blev skrevet.</translation>
        </message>
        <message>
            <source>Wrote your pulse to {file}. Send it to the round's facilitator.</source>
            <translation>Din puls er skrevet til {file}. Send den til rundens tovholder.</translation>
        </message>
        <message>
            <source>Wrote the group picture of '{name}' ({period}) to {file}.</source>
            <translation>Gruppebilledet af »{name}« ({period}) er skrevet til {file}.</translation>
        </message>
        <message>
            <source>It combines {leaders} from {files}.</source>
            <translation>Det samler {leaders} fra {files}.</translation>
        </message>
        <message>
            <source>{n} leader</source>
            <translation>{n} leder</translation>
        </message>
        <message>
            <source>{n} leaders</source>
            <translation>{n} ledere</translation>
        </message>
        <message>
            <source>{n} pulse file</source>
            <translation>{n} pulsfil</translation>
        </message>
        <message>
            <source>{n} pulse files</source>
            <translation>{n} pulsfiler</translation>
        </message>
        <message>
            <source>{n} pulse sent again replaced an earlier one.</source>
            <translation>{n} puls sendt igen erstattede en tidligere.</translation>
        </message>
        <message>
            <source>{n} pulses sent again replaced earlier ones.</source>
            <translation>{n} pulser sendt igen erstattede tidligere.</translation>
        </message>
        <message>
            <source>This journal has started no round yet (see: pulse round --help).</source>
            <translation>Denne dagbog har ikke startet nogen runde endnu (se: pulse round --help).</translation>
        </message>
        <message>
            <source>'{name}': {period}, at least {n} leaders, round code {code}</source>
            <translation>»{name}«: {period}, mindst {n} ledere, rundens kode {code}</translation>
        </message>
    </context>
    <context>
        <name>coach_dialog</name>
        <message>
            <source>leader-pulse-coach</source>
            <translation>lederpuls-coach</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{field}: {value} is not allowed; {allowed}</source>
            <translation>{field}: {value} er ikke tilladt; {allowed}</translation>
        </message>
        <message>
            <source>this value</source>
            <translation>denne værdi</translation>
        </message>
        <message>
            <source>action</source>
            <translation>handling</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>agenda</source>
            <translation>dagsorden</translation>
        </message>
        <message>
            <source>auto-lock</source>
            <translation>automatisk lås</translation>
        </message>
        <message>
            <source>calendar file</source>
            <translation>kalenderfil</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>kategorier</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>date</source>
            <translation>dato</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dage</translation>
        </message>
        <message>
            <source>demand</source>
            <translation>krav</translation>
        </message>
        <message>
            <source>demand_item</source>
            <translation>krav</translation>
        </message>
        <message>
            <source>demands</source>
            <translation>krav</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energi</translation>
        </message>
        <message>
            <source>format</source>
            <translation>filformat</translation>
        </message>
        <message>
            <source>from</source>
            <translation>fra</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>timer</translation>
        </message>
        <message>
            <source>include-coach-reflections</source>
            <translation>coachrefleksioner (--include-coach-reflections)</translation>
        </message>
        <message>
            <source>item</source>
            <translation>punkt</translation>
        </message>
        <message>
            <source>keyword</source>
            <translation>nøgleord</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>slags</translation>
        </message>
        <message>
            <source>language</source>
            <translation>sprog</translation>
        </message>
        <message>
            <source>limit</source>
            <translation>grænse (--limit)</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutter</translation>
        </message>
        <message>
            <source>new-signal</source>
            <translation>nyt signal</translation>
        </message>
        <message>
            <source>norm</source>
            <translation>normtid</translation>
        </message>
        <message>
            <source>note</source>
            <translation>refleksion</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>noter</translation>
        </message>
        <message>
            <source>out</source>
            <translation>fil (--out)</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>adgangssætning</translation>
        </message>
        <message>
            <source>recovery-key-out</source>
            <translation>gendannelsesnøglens fil (--recovery-key-out)</translation>
        </message>
        <message>
            <source>reminder</source>
            <translation>påmindelse</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>løst</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>resource_item</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>ressourcer</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>startværdi (--seed)</translation>
        </message>
        <message>
            <source>share</source>
            <translation>deling</translation>
        </message>
        <message>
            <source>signal</source>
            <translation>signal</translation>
        </message>
        <message>
            <source>situation</source>
            <translation>situation</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>stress</source>
            <translation>stresstrappen</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>tag</translation>
        </message>
        <message>
            <source>target</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>emne</translation>
        </message>
        <message>
            <source>who5</source>
            <translation>WHO-5-besvarelse</translation>
        </message>
        <message>
            <source>with</source>
            <translation>med</translation>
        </message>
        <message>
            <source>period</source>
            <translation>periode</translation>
        </message>
        <message>
            <source>pulses</source>
            <translation>pulser</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>min-group</source>
            <translation>mindste gruppe (--min-group)</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>puls</translation>
        </message>
        <message>
            <source>days_logged</source>
            <translation>registrerede dage (days_logged)</translation>
        </message>
        <message>
            <source>weeks_counted</source>
            <translation>talte uger (weeks_counted)</translation>
        </message>
        <message>
            <source>leadership_share</source>
            <translation>ledelsesandel (leadership_share)</translation>
        </message>
        <message>
            <source>target_percent</source>
            <translation>mål for ledelsesandel (target_percent)</translation>
        </message>
        <message>
            <source>hours_per_week</source>
            <translation>timer pr. uge (hours_per_week)</translation>
        </message>
        <message>
            <source>weekly_norm</source>
            <translation>ugenorm (weekly_norm)</translation>
        </message>
        <message>
            <source>weeks_over_norm</source>
            <translation>uger over normen (weeks_over_norm)</translation>
        </message>
        <message>
            <source>step_shares</source>
            <translation>andel pr. trin (step_shares)</translation>
        </message>
        <message>
            <source>demands_mean</source>
            <translation>krav, gennemsnit (demands_mean)</translation>
        </message>
        <message>
            <source>resources_mean</source>
            <translation>ressourcer, gennemsnit (resources_mean)</translation>
        </message>
        <message>
            <source>top_demands</source>
            <translation>hyppigste krav (top_demands)</translation>
        </message>
        <message>
            <source>top_resources</source>
            <translation>hyppigste ressourcer (top_resources)</translation>
        </message>
        <message>
            <source>open_situations</source>
            <translation>åbne situationer (open_situations)</translation>
        </message>
        <message>
            <source>resolved_situations</source>
            <translation>løste situationer (resolved_situations)</translation>
        </message>
        <message>
            <source>has_sparring</source>
            <translation>sparring (has_sparring)</translation>
        </message>
        <message>
            <source>who5_band</source>
            <translation>WHO-5-bånd (who5_band)</translation>
        </message>
        <message>
            <source>answer {n}</source>
            <translation>svar {n}</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>en dato (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>a date range, or some logged days</source>
            <translation>et datointerval eller nogle registrerede dage</translation>
        </message>
        <message>
            <source>a date when the topic is resolved</source>
            <translation>en dato, når emnet er løst</translation>
        </message>
        <message>
            <source>a duration of 0 or more, e.g. 1h30m</source>
            <translation>en varighed på 0 eller mere, f.eks. 1t30</translation>
        </message>
        <message>
            <source>a unit: {n}h for hours or {n}m for minutes</source>
            <translation>en enhed: {n}t for timer eller {n}min for minutter</translation>
        </message>
        <message>
            <source>a duration from 0 to 24 h, e.g. 2h30, 2t30, 1,5 or 1.5h (hours), 2:30, 90m or 150 (minutes)</source>
            <translation>en varighed fra 0 til 24 t, fx 2t30, 2h30, 1,5 eller 1.5t (timer), 2:30, 90 min eller 150 (minutter)</translation>
        </message>
        <message>
            <source>a key of 1 to 120 characters</source>
            <translation>en nøgle på 1 til 120 tegn</translation>
        </message>
        <message>
            <source>a key of 1 to 64 characters</source>
            <translation>en nøgle på 1 til 64 tegn</translation>
        </message>
        <message>
            <source>a name (who the 1:1 is with)</source>
            <translation>et navn (hvem 1:1-samtalen er med)</translation>
        </message>
        <message>
            <source>a name for every category</source>
            <translation>et navn til hver kategori</translation>
        </message>
        <message>
            <source>a name for every item</source>
            <translation>et navn til hvert punkt</translation>
        </message>
        <message>
            <source>a name of 1 to 200 characters</source>
            <translation>et navn på 1 til 200 tegn</translation>
        </message>
        <message>
            <source>a name with at least one letter or digit</source>
            <translation>et navn med mindst ét bogstav eller ciffer</translation>
        </message>
        <message>
            <source>a non-empty key</source>
            <translation>en nøgle, der ikke er tom</translation>
        </message>
        <message>
            <source>a score from 0 to 100</source>
            <translation>en score fra 0 til 100</translation>
        </message>
        <message>
            <source>a time of day (HH:MM) or none</source>
            <translation>et klokkeslæt (TT:MM) eller intet</translation>
        </message>
        <message>
            <source>an e-mail address such as name@example.dk</source>
            <translation>en e-mailadresse som navn@example.dk</translation>
        </message>
        <message>
            <source>actions with text</source>
            <translation>handlinger med tekst</translation>
        </message>
        <message>
            <source>agenda points with text</source>
            <translation>dagsordenspunkter med tekst</translation>
        </message>
        <message>
            <source>at least one category</source>
            <translation>mindst én kategori</translation>
        </message>
        <message>
            <source>at least one category that counts as leadership (the leadership share needs it)</source>
            <translation>mindst én kategori, der tæller som ledelse (ledelsesandelen kræver det)</translation>
        </message>
        <message>
            <source>at most 24 h</source>
            <translation>højst 24 t</translation>
        </message>
        <message>
            <source>each category once</source>
            <translation>hver kategori én gang</translation>
        </message>
        <message>
            <source>each one at most once a day</source>
            <translation>hver højst én gang om dagen</translation>
        </message>
        <message>
            <source>each tag at most once</source>
            <translation>hvert tag højst én gang</translation>
        </message>
        <message>
            <source>exactly five answers</source>
            <translation>præcis fem svar</translation>
        </message>
        <message>
            <source>from 1 to 80 hours a week</source>
            <translation>fra 1 til 80 timer om ugen</translation>
        </message>
        <message>
            <source>it cannot be empty or only spaces</source>
            <translation>den må ikke være tom eller kun mellemrum</translation>
        </message>
        <message>
            <source>it cannot contain broken characters</source>
            <translation>den må ikke indeholde ødelagte tegn</translation>
        </message>
        <message>
            <source>it cannot contain the NUL character</source>
            <translation>den må ikke indeholde NUL-tegnet</translation>
        </message>
        <message>
            <source>minutes after the hours below 60</source>
            <translation>minutter efter timerne under 60</translation>
        </message>
        <message>
            <source>no date while the topic is open</source>
            <translation>ingen dato, mens emnet er åbent</translation>
        </message>
        <message>
            <source>operations, leadership or own work</source>
            <translation>drift, ledelse eller egne opgaver</translation>
        </message>
        <message>
            <source>pdf, md, html, json, csv, xlsx or pulse</source>
            <translation>pdf, md, html, json, csv, xlsx eller pulse</translation>
        </message>
        <message>
            <source>a period with logged days (no day is logged from {start} to {end})</source>
            <translation>en periode med registrerede dage (ingen dag er registreret fra {start} til {end})</translation>
        </message>
        <message>
            <source>a name on one line of 1 to {n} characters, without control characters</source>
            <translation>et navn på én linje med 1 til {n} tegn, uden kontroltegn</translation>
        </message>
        <message>
            <source>a Monday (a round covers whole weeks, Monday to Sunday)</source>
            <translation>en mandag (en runde dækker hele uger, mandag til søndag)</translation>
        </message>
        <message>
            <source>a Sunday at least 13 days after from ({date} or later): a round covers at least 2 whole weeks, Monday to Sunday</source>
            <translation>en søndag mindst 13 dage efter fra ({date} eller senere): en runde dækker mindst 2 hele uger, mandag til søndag</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>et tal fra {low} til {high}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}, or null</source>
            <translation>et tal fra {low} til {high} eller null</translation>
        </message>
        <message>
            <source>at most {n} different keys, each one of {codes}</source>
            <translation>højst {n} forskellige nøgler, hver en af {codes}</translation>
        </message>
        <message>
            <source>signal, demand or resource</source>
            <translation>signal, krav eller ressource</translation>
        </message>
        <message>
            <source>one-on-one, coach, json, csv, xlsx, pulse, leader-group or markdown</source>
            <translation>one-on-one, coach, json, csv, xlsx, pulse, leader-group eller markdown</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>text without NUL characters</source>
            <translation>tekst uden NUL-tegn</translation>
        </message>
        <message>
            <source>the full path of an .ics file on this computer</source>
            <translation>den fulde sti til en .ics-fil på denne computer</translation>
        </message>
        <message>
            <source>the number of a topic</source>
            <translation>nummeret på et emne</translation>
        </message>
        <message>
            <source>today or an earlier date</source>
            <translation>i dag eller en tidligere dato</translation>
        </message>
        <message>
            <source>valid text (it contains a broken character, an unpaired surrogate)</source>
            <translation>gyldig tekst (den indeholder et ødelagt tegn, et uparret surrogat)</translation>
        </message>
        <message>
            <source>words of 1 to 100 characters, without commas</source>
            <translation>ord på 1 til 100 tegn, uden komma</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, today or yesterday</source>
            <translation>ÅÅÅÅ-MM-DD, i dag eller i går</translation>
        </message>
        <message>
            <source>a day from {earliest} to {latest}</source>
            <translation>en dag fra {earliest} til {latest}</translation>
        </message>
        <message>
            <source>da or en</source>
            <translation>da eller en</translation>
        </message>
        <message>
            <source>open or resolved</source>
            <translation>»open« (åben) eller »resolved« (løst)</translation>
        </message>
        <message>
            <source>five shares from 0 to 1 that add up to 1, or null</source>
            <translation>fem andele fra 0 til 1, der tilsammen giver 1, eller null</translation>
        </message>
        <message>
            <source>a pulse: an object with the pulse's keys</source>
            <translation>en puls: et objekt med pulsens nøgler</translation>
        </message>
        <message>
            <source>only the keys a pulse has</source>
            <translation>kun de nøgler, en puls har</translation>
        </message>
        <message>
            <source>a value (it is missing)</source>
            <translation>en værdi (den mangler)</translation>
        </message>
        <message>
            <source>true when a situation is open or was resolved</source>
            <translation>true, når en situation er åben eller blev løst</translation>
        </message>
        <message>
            <source>1 to {n} letters, digits, - or _ (no spaces or #)</source>
            <translation>1 til {n} bogstaver, cifre, - eller _ (ingen mellemrum eller #)</translation>
        </message>
        <message>
            <source>a date on or after the day it was raised ({date})</source>
            <translation>en dato på eller efter dagen, emnet blev rejst ({date})</translation>
        </message>
        <message>
            <source>a date up to {date}</source>
            <translation>en dato til og med {date}</translation>
        </message>
        <message>
            <source>a day on or before {date}</source>
            <translation>en dag på eller før {date}</translation>
        </message>
        <message>
            <source>a start on or before the end ({date})</source>
            <translation>en start på eller før slutningen ({date})</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>et helt tal fra {low} til {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} %</source>
            <translation>et helt tal fra {low} til {high} %</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} minutes</source>
            <translation>et helt tal fra {low} til {high} minutter</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} minutes (0 turns it off)</source>
            <translation>et helt tal fra {low} til {high} minutter (0 slår den fra)</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>højst {n}</translation>
        </message>
        <message>
            <source>at most {n} characters (this has {count})</source>
            <translation>højst {n} tegn (her er {count})</translation>
        </message>
        <message>
            <source>at least the time logged in the categories ({time})</source>
            <translation>mindst den tid, der er registreret i kategorierne ({time})</translation>
        </message>
        <message>
            <source>at most 24 h ({n} minutes) in total a day</source>
            <translation>højst 24 t ({n} minutter) i alt om dagen</translation>
        </message>
        <message>
            <source>one of the categories ({codes})</source>
            <translation>en af kategorierne ({codes})</translation>
        </message>
        <message>
            <source>one of {codes}</source>
            <translation>en af {codes}</translation>
        </message>
        <message>
            <source>use at least {n} characters</source>
            <translation>brug mindst {n} tegn</translation>
        </message>
        <message>
            <source>use at most {n} characters</source>
            <translation>brug højst {n} tegn</translation>
        </message>
        <message>
            <source>{date} or later</source>
            <translation>{date} eller senere</translation>
        </message>
        <message>
            <source>The backup does not match the journal; it was not kept.</source>
            <translation>Sikkerhedskopien passer ikke til dagbogen; den blev ikke gemt.</translation>
        </message>
        <message>
            <source>The journal connection is closed.</source>
            <translation>Forbindelsen til dagbogen er lukket.</translation>
        </message>
        <message>
            <source>The journal file is damaged; nothing was changed. Open the journal again to see which backup to restore.</source>
            <translation>Dagbogsfilen er beskadiget; intet blev ændret. Åbn dagbogen igen for at se, hvilken sikkerhedskopi der skal gendannes.</translation>
        </message>
        <message>
            <source>The journal is busy in another window or program; try again in a moment. Nothing was changed.</source>
            <translation>Dagbogen er i brug i et andet vindue eller program; prøv igen om lidt. Intet blev ændret.</translation>
        </message>
        <message>
            <source>The journal could not be read.</source>
            <translation>Dagbogen kunne ikke læses.</translation>
        </message>
        <message>
            <source>The journal could not be written: the change was not saved.</source>
            <translation>Der kunne ikke skrives til dagbogen: ændringen blev ikke gemt.</translation>
        </message>
        <message>
            <source>The journal file uses cipher settings this version does not support.</source>
            <translation>Dagbogsfilen bruger krypteringsindstillinger, som denne version ikke understøtter.</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>Dagbogen er låst.</translation>
        </message>
        <message>
            <source>The journal kept changing while it was backed up; try again.</source>
            <translation>Dagbogen blev ved med at ændre sig under sikkerhedskopieringen; prøv igen.</translation>
        </message>
        <message>
            <source>The key file is empty or far too large; no backup was made.</source>
            <translation>Nøglefilen er tom eller alt for stor; der blev ikke lavet en sikkerhedskopi.</translation>
        </message>
        <message>
            <source>This journal was saved by a newer version of Leader Pulse; please update the app to open it.</source>
            <translation>Denne dagbog er gemt af en nyere version af Lederpuls; opdater appen for at åbne den.</translation>
        </message>
        <message>
            <source>it cannot be read</source>
            <translation>den kan ikke læses</translation>
        </message>
        <message>
            <source>it cannot be read with its key, or it belongs to another key file</source>
            <translation>den kan ikke læses med sin nøgle, eller den hører til en anden nøglefil</translation>
        </message>
        <message>
            <source>it holds no journal</source>
            <translation>den indeholder ingen dagbog</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>den er tom</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>den er ikke en fil</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>det er ikke en almindelig fil</translation>
        </message>
        <message>
            <source>journal file</source>
            <translation>Dagbogsfilen</translation>
        </message>
        <message>
            <source>key file</source>
            <translation>Nøglefilen</translation>
        </message>
        <message>
            <source>import: the file is nested too deeply to be an export.</source>
            <translation>import: filen er for dybt indlejret til at være en eksport.</translation>
        </message>
        <message>
            <source>import: the file is not a Leader Pulse JSON export.</source>
            <translation>import: filen er ikke en JSON-eksport fra Lederpuls.</translation>
        </message>
        <message>
            <source>it contains characters a recovery key never has</source>
            <translation>den indeholder tegn, som en gendannelsesnøgle aldrig har</translation>
        </message>
        <message>
            <source>this key file was made by a newer version of Leader Pulse</source>
            <translation>denne nøglefil er lavet af en nyere version af Lederpuls</translation>
        </message>
        <message>
            <source>wrong passphrase</source>
            <translation>forkert adgangssætning</translation>
        </message>
        <message>
            <source>wrong recovery key</source>
            <translation>forkert gendannelsesnøgle</translation>
        </message>
        <message>
            <source>it is too large to be a key file</source>
            <translation>den er for stor til at være en nøglefil</translation>
        </message>
        <message>
            <source>its passphrase slot was made for another journal</source>
            <translation>dens plads til adgangssætningen blev lavet til en anden dagbog</translation>
        </message>
        <message>
            <source>its recovery slot was made for another journal</source>
            <translation>dens plads til gendannelsesnøglen blev lavet til en anden dagbog</translation>
        </message>
        <message>
            <source>its slot types were swapped or edited</source>
            <translation>dens pladstyper er byttet om eller redigeret</translation>
        </message>
        <message>
            <source>The re-encrypted journal does not match the journal; nothing was changed.</source>
            <translation>Den omkrypterede dagbog svarer ikke til dagbogen; intet blev ændret.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, so the passphrase cannot be remembered.</source>
            <translation>Der er ingen nøglering i systemet på denne computer, så adgangssætningen kan ikke huskes.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, so it holds no key to forget.</source>
            <translation>Der er ingen nøglering i systemet på denne computer, så der er ingen nøgle at glemme.</translation>
        </message>
        <message>
            <source>The only keyring available stores secrets without proper protection, so the passphrase cannot be remembered.</source>
            <translation>Den eneste tilgængelige nøglering gemmer hemmeligheder uden ordentlig beskyttelse, så adgangssætningen kan ikke huskes.</translation>
        </message>
        <message>
            <source>The system keyring is locked, so the passphrase cannot be remembered.</source>
            <translation>Systemets nøglering er låst, så adgangssætningen kan ikke huskes.</translation>
        </message>
        <message>
            <source>The system keyring is locked, so the remembered passphrase cannot be removed.</source>
            <translation>Systemets nøglering er låst, så den huskede adgangssætning kan ikke fjernes.</translation>
        </message>
        <message>
            <source>The system keyring did not respond, so the passphrase cannot be remembered.</source>
            <translation>Systemets nøglering svarede ikke, så adgangssætningen kan ikke huskes.</translation>
        </message>
        <message>
            <source>The system keyring did not respond, so the remembered passphrase could not be removed.</source>
            <translation>Systemets nøglering svarede ikke, så den huskede adgangssætning kunne ikke fjernes.</translation>
        </message>
        <message>
            <source>the pulse cannot be opened with this round's key</source>
            <translation>pulsen kan ikke åbnes med rundens nøgle</translation>
        </message>
        <message>
            <source>round file</source>
            <translation>rundefil</translation>
        </message>
        <message>
            <source>pulse file</source>
            <translation>pulsfil</translation>
        </message>
        <message>
            <source>this journal did not start this round, so it does not hold the round's key; combine the pulses in the journal that started the round</source>
            <translation>denne dagbog startede ikke runden og har derfor ikke rundens nøgle; læg pulserne sammen i den dagbog, der startede runden</translation>
        </message>
        <message>
            <source>one leader</source>
            <translation>én leder</translation>
        </message>
        <message>
            <source>two leaders</source>
            <translation>to ledere</translation>
        </message>
        <message>
            <source>every second</source>
            <translation>hvert sekund</translation>
        </message>
        <message>
            <source>every minute</source>
            <translation>hvert minut</translation>
        </message>
        <message>
            <source>every hour</source>
            <translation>hver time</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>hver dag</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>hver uge</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>hver måned</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>hvert år</translation>
        </message>
        <message>
            <source>calendar: no calendar file is set; choose one in Settings, or name one after --from-calendar</source>
            <translation>kalender: der er ikke valgt nogen kalenderfil; vælg en under Indstillinger, eller angiv en efter --from-calendar</translation>
        </message>
        <message>
            <source>A journal already exists at {path}.</source>
            <translation>Der findes allerede en dagbog i {path}.</translation>
        </message>
        <message>
            <source>A journal already exists in {path}; it was left untouched.</source>
            <translation>Der findes allerede en dagbog i {path}; den blev ikke rørt.</translation>
        </message>
        <message>
            <source>No journal file at {path}.</source>
            <translation>Ingen dagbogsfil i {path}.</translation>
        </message>
        <message>
            <source>There is no journal in {path} yet; create one with: {command}</source>
            <translation>Der er endnu ingen dagbog i {path}; opret en med: {command}</translation>
        </message>
        <message>
            <source>data-dir: {path} was open to other users ({mode}); it is now {new_mode}, open only to you</source>
            <translation>datamappe: {path} var åben for andre brugere ({mode}); nu er den {new_mode}, kun åben for dig</translation>
        </message>
        <message>
            <source>{name}: {path} is not a regular file</source>
            <translation>{name}: {path} er ikke en almindelig fil</translation>
        </message>
        <message>
            <source>{name}: {path} is a folder, not a file</source>
            <translation>{name}: {path} er en mappe, ikke en fil</translation>
        </message>
        <message>
            <source>{name}: {path} is larger than {n} bytes; nothing was read</source>
            <translation>{name}: {path} er større end {n} byte; intet blev læst</translation>
        </message>
        <message>
            <source>{name}: cannot read {path}: {reason}</source>
            <translation>{name}: kan ikke læse {path}: {reason}</translation>
        </message>
        <message>
            <source>{name}: {path} is not UTF-8 text</source>
            <translation>{name}: {path} er ikke UTF-8-tekst</translation>
        </message>
        <message>
            <source>{name}: {path} is empty</source>
            <translation>{name}: {path} er tom</translation>
        </message>
        <message>
            <source>{name}: the first line of {path} is empty; only the first line is read</source>
            <translation>{name}: første linje i {path} er tom; kun første linje læses</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved. Free some space on the disk of {path} and try again.</source>
            <translation>Disken er fuld; intet blev gemt. Frigør noget plads på disken med {path}, og prøv igen.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed. Free some space on the disk of {path} and try again.</source>
            <translation>Disken er fuld; intet blev ændret. Frigør noget plads på disken med {path}, og prøv igen.</translation>
        </message>
        <message>
            <source>The journal in {path} is open for reading only; nothing was saved.</source>
            <translation>Dagbogen i {path} er kun åbnet til læsning; intet blev gemt.</translation>
        </message>
        <message>
            <source>The journal in {path} is open for reading only; nothing was changed.</source>
            <translation>Dagbogen i {path} er kun åbnet til læsning; intet blev ændret.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written (it is read-only); nothing was saved.</source>
            <translation>Der kan ikke skrives i mappen {path} (den er skrivebeskyttet); intet blev gemt.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written (it is read-only), and the journal in it cannot be read without writing there; nothing was changed.</source>
            <translation>Der kan ikke skrives i mappen {path} (den er skrivebeskyttet), og dagbogen i den kan ikke læses uden at skrive der; intet blev ændret.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error in {path}; nothing was saved.</source>
            <translation>Disken meldte en ind-/uddatafejl i {path}; intet blev gemt.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error in {path}; nothing was changed.</source>
            <translation>Disken meldte en ind-/uddatafejl i {path}; intet blev ændret.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written, and the journal in it needs an update before this version can open it; nothing was changed.</source>
            <translation>Der kan ikke skrives i mappen {path}, og dagbogen i den skal opdateres, før denne version kan åbne den; intet blev ændret.</translation>
        </message>
        <message>
            <source>The key file {path} is missing, so the journal cannot be opened; restore it from a backup (the database was left untouched).</source>
            <translation>Nøglefilen {path} mangler, så dagbogen kan ikke åbnes; gendan den fra en sikkerhedskopi (databasen blev ikke rørt).</translation>
        </message>
        <message>
            <source>The journal file {path} is damaged ({detail}) and was left as it is.</source>
            <translation>Dagbogsfilen {path} er beskadiget ({detail}) og blev ikke ændret.</translation>
        </message>
        <message>
            <source>it is cut short to {n} bytes</source>
            <translation>den er afkortet til {n} byte</translation>
        </message>
        <message>
            <source>The journal {path} is open in another window or program; close it and try again. Nothing was changed.</source>
            <translation>Dagbogen {path} er åben i et andet vindue eller program; luk den, og prøv igen. Intet blev ændret.</translation>
        </message>
        <message>
            <source>A restore of the journal in {path} is under way; try again in a moment.</source>
            <translation>En gendannelse af dagbogen i {path} er i gang; prøv igen om et øjeblik.</translation>
        </message>
        <message>
            <source>The lock file {path} cannot be used ({reason}).</source>
            <translation>Låsefilen {path} kan ikke bruges ({reason}).</translation>
        </message>
        <message>
            <source>The lock file {path} is not a regular file; remove it.</source>
            <translation>Låsefilen {path} er ikke en almindelig fil; fjern den.</translation>
        </message>
        <message>
            <source>The file {path} (the note of an unfinished restore) is damaged; remove it and try again. Nothing was changed.</source>
            <translation>Filen {path} (noten om en ufærdig gendannelse) er beskadiget; fjern den, og prøv igen. Intet blev ændret.</translation>
        </message>
        <message>
            <source>The journal file {path} was replaced by another program; lock and unlock to see it. Nothing was saved.</source>
            <translation>Dagbogsfilen {path} blev udskiftet af et andet program; lås og lås op for at se den. Intet blev gemt.</translation>
        </message>
        <message>
            <source>The backup {path} is of a different journal (id {id}) than the one in {folder} (id {other_id}); to replace it anyway, run again with --replace-other-journal. Nothing was changed.</source>
            <translation>Sikkerhedskopien {path} er af en anden dagbog (id {id}) end den i {folder} (id {other_id}); kør igen med --replace-other-journal for at erstatte den alligevel. Intet blev ændret.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <translation>{detail} Intet blev ændret.</translation>
        </message>
        <message>
            <source>{path} exists already; the backup was not written.</source>
            <translation>{path} findes allerede; sikkerhedskopien blev ikke skrevet.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file.</source>
            <translation>{path} er en mappe, ikke en sikkerhedskopifil.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse backup file.</source>
            <translation>{path} er ikke en sikkerhedskopifil fra Lederpuls.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>Der er ingen sikkerhedskopifil i {path}.</translation>
        </message>
        <message>
            <source>The backup file {path} is empty.</source>
            <translation>Sikkerhedskopifilen {path} er tom.</translation>
        </message>
        <message>
            <source>The backup {path} holds no database, only a key file.</source>
            <translation>Sikkerhedskopien {path} indeholder ingen database, kun en nøglefil.</translation>
        </message>
        <message>
            <source>The backup {path} holds no key file, only a database.</source>
            <translation>Sikkerhedskopien {path} indeholder ingen nøglefil, kun en database.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of Leader Pulse; update the app.</source>
            <translation>Sikkerhedskopien {path} er lavet af en nyere version af Lederpuls; opdater appen.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of Leader Pulse; update the app to restore it. Nothing was changed.</source>
            <translation>Sikkerhedskopien {path} er lavet af en nyere version af Lederpuls; opdater appen for at gendanne den. Intet blev ændret.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged: its database does not pass the integrity check. Nothing was changed.</source>
            <translation>Sikkerhedskopien {path} er beskadiget: dens database består ikke integritetstjekket. Intet blev ændret.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened.</source>
            <translation>Databasen {path} kan ikke åbnes.</translation>
        </message>
        <message>
            <source>The database {path} uses cipher settings this version lacks.</source>
            <translation>Databasen {path} bruger krypteringsindstillinger, som denne version ikke har.</translation>
        </message>
        <message>
            <source>Too many backups in {path} for one second; try again.</source>
            <translation>For mange sikkerhedskopier i {path} inden for ét sekund; prøv igen.</translation>
        </message>
        <message>
            <source>it is {n} bytes but holds {count} pages</source>
            <translation>den fylder {n} byte, men indeholder {count} sider</translation>
        </message>
        <message>
            <source>{path} is not a regular file; it is not a backup.</source>
            <translation>{path} er ikke en almindelig fil; det er ikke en sikkerhedskopi.</translation>
        </message>
        <message>
            <source>{path} is not a regular file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</source>
            <translation>{path} er ikke en almindelig fil; SQLite kan ikke bruge den ved siden af dagbogen. Flyt den væk, og prøv igen. Intet blev ændret.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</source>
            <translation>{path} er en mappe, ikke en fil; SQLite kan ikke bruge den ved siden af dagbogen. Flyt den væk, og prøv igen. Intet blev ændret.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: the disk is full. No backup was made.</source>
            <translation>Sikkerhedskopien kan ikke skrives til {path}: disken er fuld. Der blev ikke lavet en sikkerhedskopi.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: it cannot be written there. No backup was made.</source>
            <translation>Sikkerhedskopien kan ikke skrives til {path}: der kan ikke skrives der. Der blev ikke lavet en sikkerhedskopi.</translation>
        </message>
        <message>
            <source>import: the file is not valid JSON (line {n}).</source>
            <translation>import: filen er ikke gyldig JSON (linje {n}).</translation>
        </message>
        <message>
            <source>import: the '{code}' part of the file is damaged or incomplete; nothing was imported.</source>
            <translation>import: delen '{code}' i filen er beskadiget eller ufuldstændig; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: the '{code}' part has two entries for one date; nothing was imported.</source>
            <translation>import: delen '{code}' har to poster for samme dato; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field}: {value} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field}: {value} er ikke tilladt; forventet: {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field} er ikke tilladt; forventet: {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field} is missing; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field} mangler; forventet: {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field} is not part of a Leader Pulse export; nothing was imported.</source>
            <translation>import: {field} hører ikke til en Lederpuls-eksport; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {n} entries in the file are already in this journal (first: {date}); nothing was imported.</source>
            <translation>import: {n} poster i filen findes allerede i denne dagbog (første: {date}); intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field}: {value} is not allowed; {allowed}. Nothing was imported.</source>
            <translation>import: {field}: {value} er ikke tilladt; {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known signal (neither a built-in one nor one of the own signals in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' er ikke et kendt signal (hverken et indbygget eller et af de egne signaler i filen eller dagbogen). Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known demand (neither a built-in one nor one of the own demands in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' er ikke et kendt krav (hverken et indbygget eller et af de egne krav i filen eller dagbogen). Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known resource (neither a built-in one nor one of the own resources in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' er ikke en kendt ressource (hverken en indbygget eller en af de egne ressourcer i filen eller dagbogen). Intet blev importeret.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse key file</source>
            <translation>{path} er ikke en nøglefil fra Lederpuls</translation>
        </message>
        <message>
            <source>a key file already exists at {path}; it was left as it is</source>
            <translation>der findes allerede en nøglefil i {path}; den blev ikke ændret</translation>
        </message>
        <message>
            <source>no key file at {path}</source>
            <translation>ingen nøglefil i {path}</translation>
        </message>
        <message>
            <source>the key file {path} belongs to a different journal</source>
            <translation>nøglefilen {path} hører til en anden dagbog</translation>
        </message>
        <message>
            <source>the key file {path} has no recovery key</source>
            <translation>nøglefilen {path} har ingen gendannelsesnøgle</translation>
        </message>
        <message>
            <source>the key file {path} is a folder, not a file</source>
            <translation>nøglefilen {path} er en mappe, ikke en fil</translation>
        </message>
        <message>
            <source>the key file {path} is damaged: {detail}</source>
            <translation>nøglefilen {path} er beskadiget: {detail}</translation>
        </message>
        <message>
            <source>the key file {path} is empty</source>
            <translation>nøglefilen {path} er tom</translation>
        </message>
        <message>
            <source>wrong recovery key: {detail}</source>
            <translation>forkert gendannelsesnøgle: {detail}</translation>
        </message>
        <message>
            <source>The {thing} {path} is missing and no new journal was created; {hint}</source>
            <translation>{thing} {path} mangler, og der blev ikke oprettet en ny dagbog; {hint}</translation>
        </message>
        <message>
            <source>The {thing} {path} is damaged ({detail}) and was left as it is; {hint}</source>
            <translation>{thing} {path} er beskadiget ({detail}) og blev ikke ændret; {hint}</translation>
        </message>
        <message>
            <source>The {thing} {path} is damaged, or the key file {name} beside it belongs to another journal (its key cannot read the file); both were left as they are; {hint}</source>
            <translation>{thing} {path} er beskadiget, eller nøglefilen {name} ved siden af hører til en anden dagbog (dens nøgle kan ikke læse filen); begge blev ikke ændret; {hint}</translation>
        </message>
        <message>
            <source>restore the newest good backup with: {command}</source>
            <translation>gendan den nyeste gode sikkerhedskopi med: {command}</translation>
        </message>
        <message>
            <source>put back the key file of the newest good backup (the journal file stays as it is) with: {command}</source>
            <translation>læg nøglefilen fra den nyeste gode sikkerhedskopi tilbage (selve dagbogsfilen forbliver som den er) med: {command}</translation>
        </message>
        <message>
            <source>The key in the backup {path} does not open the journal file {name}; to restore the whole backup instead, run: {command}. Nothing was changed.</source>
            <translation>Nøglen i sikkerhedskopien {path} åbner ikke dagbogsfilen {name}; for at gendanne hele sikkerhedskopien i stedet skal du køre: {command}. Intet blev ændret.</translation>
        </message>
        <message>
            <source>no backup of it was found in {path}; if you have one elsewhere, restore it with: {command} FILE</source>
            <translation>der blev ikke fundet en sikkerhedskopi af den i {path}; har du en et andet sted, så gendan den med: {command} FIL</translation>
        </message>
        <message>
            <source>a recovery key has {n} letters and digits, this one has {count}</source>
            <translation>en gendannelsesnøgle har {n} bogstaver og cifre, denne har {count}</translation>
        </message>
        <message>
            <source>the key file {path} is not a regular file (a pipe, device or socket); nothing was read</source>
            <translation>nøglefilen {path} er ikke en almindelig fil (en pipe, en enhed eller en socket); intet blev læst</translation>
        </message>
        <message>
            <source>the key file {path} is too large to be a key file</source>
            <translation>nøglefilen {path} er for stor til at være en nøglefil</translation>
        </message>
        <message>
            <source>it asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with</source>
            <translation>den beder om en nøgleafledning, der er svagere, end Lederpuls accepterer ({n} KiB hukommelse, {count} gennemløb); den kan være manipuleret</translation>
        </message>
        <message>
            <source>the key file {path} asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with, restore it from a backup</source>
            <translation>nøglefilen {path} beder om en nøgleafledning, der er svagere, end Lederpuls accepterer ({n} KiB hukommelse, {count} gennemløb); den kan være manipuleret, gendan den fra en sikkerhedskopi</translation>
        </message>
        <message>
            <source>{detail}; it is damaged or belongs to another journal</source>
            <translation>{detail}; den er beskadiget eller hører til en anden dagbog</translation>
        </message>
        <message>
            <source>the key file {path} is damaged or belongs to another journal ({detail})</source>
            <translation>nøglefilen {path} er beskadiget eller hører til en anden dagbog ({detail})</translation>
        </message>
        <message>
            <source>The journal in {path} is open in another program; close it and try again. Nothing was changed.</source>
            <translation>Dagbogen i {path} er åben i et andet program; luk den, og prøv igen. Intet blev ændret.</translation>
        </message>
        <message>
            <source>{path} exists already; nothing was re-encrypted.</source>
            <translation>{path} findes allerede; intet blev omkrypteret.</translation>
        </message>
        <message>
            <source>new passphrase: the new passphrase must differ from the current one; nothing was changed.</source>
            <translation>ny adgangssætning: den nye adgangssætning skal være forskellig fra den nuværende; intet blev ændret.</translation>
        </message>
        <message>
            <source>The journal could not be re-encrypted ({code}); nothing was changed.</source>
            <translation>Dagbogen kunne ikke omkrypteres ({code}); intet blev ændret.</translation>
        </message>
        <message>
            <source>the key file in {path} belongs to a different journal</source>
            <translation>nøglefilen i {path} hører til en anden dagbog</translation>
        </message>
        <message>
            <source>the key file in {path} holds a different data key</source>
            <translation>nøglefilen i {path} har en anden datanøgle</translation>
        </message>
        <message>
            <source>Finished a restore (or key change) of the journal in {path} that had been interrupted.</source>
            <translation>En gendannelse (eller et nøgleskift) af dagbogen i {path} var blevet afbrudt; den er nu gjort færdig.</translation>
        </message>
        <message>
            <source>The write-ahead log beside the journal could not be used (it is damaged or belongs to another journal); it was kept as {path}.</source>
            <translation>Skriveloggen (write-ahead log) ved siden af dagbogen kunne ikke bruges (den er beskadiget eller hører til en anden dagbog); den er gemt som {path}.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse round file</source>
            <translation>{path} er ikke en rundefil fra Lederpuls</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse pulse file</source>
            <translation>{path} er ikke en pulsfil fra Lederpuls</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Leader Pulse (file version {code}); update the app</source>
            <translation>{path} er lavet af en nyere version af Lederpuls (filversion {code}); opdatér appen</translation>
        </message>
        <message>
            <source>the round file {path} is damaged ({detail}); ask for it again</source>
            <translation>rundefilen {path} er beskadiget ({detail}); bed om den igen</translation>
        </message>
        <message>
            <source>the pulse file {path} is damaged ({detail}); ask for it again</source>
            <translation>pulsfilen {path} er beskadiget ({detail}); bed om den igen</translation>
        </message>
        <message>
            <source>its {code} is not valid</source>
            <translation>dens {code} er ikke gyldig</translation>
        </message>
        <message>
            <source>its {code} has the wrong length</source>
            <translation>dens {code} har forkert længde</translation>
        </message>
        <message>
            <source>the pulse file {path} belongs to another round, not to "{name}"; nothing was combined</source>
            <translation>pulsfilen {path} hører til en anden runde, ikke til »{name}«; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the pulse file {path} cannot be opened with this round's key (it was made for another round, or changed on the way); nothing was combined</source>
            <translation>pulsfilen {path} kan ikke åbnes med rundens nøgle (den er lavet til en anden runde eller ændret undervejs); intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the pulse file {path} is damaged: what it holds is not a pulse this app reads; nothing was combined</source>
            <translation>pulsfilen {path} er beskadiget: indholdet er ikke en puls, som appen kan læse; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>this group picture leaves out {leaders} of the picture of {date} at {time}, so their figures could be read from the difference; make the picture again with the same files as then; nothing was combined</source>
            <translation>dette gruppebillede udelader {leaders} fra billedet fra {date} kl. {time}, så deres tal ville kunne læses ud af forskellen; lav billedet igen med de samme filer som dengang; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>this round already has its group picture, made on {date} at {time}; one with more leaders would let the added leaders' figures be read from the difference, so make it again with the same files, or start a round for later weeks; nothing was combined</source>
            <translation>denne runde har allerede sit gruppebillede, lavet den {date} kl. {time}; et med flere ledere ville lade de nye lederes tal læse ud af forskellen, så lav det igen med de samme filer, eller start en runde for senere uger; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the round "{name}" of this journal already covers {start} to {end}; two rounds over the same weeks could be compared to read one leader's figures, so let the new round start after {end}; no round was started</source>
            <translation>runden »{name}« i denne dagbog dækker allerede {start} til {end}; to runder over de samme uger kan sammenlignes, så én leders tal kan læses ud af dem, så lad den nye runde begynde efter {end}; ingen runde blev startet</translation>
        </message>
        <message>
            <source>the group picture needs pulses from at least {n} leaders and has {count}: {more} more needed; nothing was combined</source>
            <translation>gruppebilledet kræver pulser fra mindst {n} ledere og har {count}: der mangler {more}; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the pulse opened, but it was not made by Leader Pulse</source>
            <translation>pulsen kunne åbnes, men den er ikke lavet af Leader Pulse</translation>
        </message>
        <message>
            <source>the round file's key cannot be used to seal a pulse (the file was changed or made by hand); ask the facilitator for the round file again; nothing was written</source>
            <translation>rundefilens nøgle kan ikke bruges til at forsegle en puls (filen er ændret eller lavet i hånden); bed tovholderen om rundefilen igen; intet blev skrevet</translation>
        </message>
        <message>
            <source>a pulse sent again after the group picture of {date} at {time} would show that leader's change; combine with the same pulse of that leader as then; nothing was combined</source>
            <translation>en puls, der er sendt igen efter gruppebilledet fra {date} kl. {time}, ville vise den leders ændring; læg pulserne sammen med den samme puls fra den leder som dengang; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the pulse is too large to seal ({size} bytes, at most {limit}); nothing was written</source>
            <translation>pulsen er for stor til at blive forseglet ({size} byte, højst {limit}); intet blev skrevet</translation>
        </message>
        <message>
            <source>{n} leaders</source>
            <translation>{n} ledere</translation>
        </message>
        <message>
            <source>a group picture of this round that the journal remembers cannot be read, so a new one cannot be checked against it; nothing was combined</source>
            <translation>et gruppebillede af denne runde, som journalen husker, kan ikke læses, så et nyt kan ikke kontrolleres mod det; intet blev lagt sammen</translation>
        </message>
        <message>
            <source>the journal's secret for pulse tokens cannot be read, so no pulse can be made that counts as yours; nothing was written</source>
            <translation>journalens hemmelighed til pulsens kendetegn kan ikke læses, så der kan ikke laves en puls, der tæller som din; intet blev skrevet</translation>
        </message>
        <message>
            <source>calendar: {path} is a web address, and the app opens no network connection; export the calendar as an .ics file and choose that file</source>
            <translation>kalender: {path} er en webadresse, og appen åbner ingen netværksforbindelse; eksportér kalenderen som en .ics-fil, og vælg den fil</translation>
        </message>
        <message>
            <source>calendar: {path} is not an iCalendar file (.ics); nothing was read from it</source>
            <translation>kalender: {path} er ikke en iCalendar-fil (.ics); intet blev læst fra den</translation>
        </message>
        <message>
            <source>calendar: there is no file at {path}</source>
            <translation>kalender: der er ingen fil i {path}</translation>
        </message>
        <message>
            <source>calendar: {path} holds more repeating events than can be read for one day; nothing was read from it; export a shorter period</source>
            <translation>kalender: {path} har flere gentagne aftaler, end der kan læses for én dag; intet blev læst fra den; eksportér en kortere periode</translation>
        </message>
        <message>
            <source>calendar: {n} repeating events were left out: their rules take too long to read</source>
            <translation>kalender: {n} gentagne aftaler blev udeladt: deres regler tager for lang tid at læse</translation>
        </message>
        <message>
            <source>calendar: {path} holds more than {n} events around {date}; no calendar of a working day does, so nothing was read from it</source>
            <translation>kalender: {path} har mere end {n} aftaler omkring {date}; det har ingen kalender for en arbejdsdag, så intet blev læst fra den</translation>
        </message>
        <message>
            <source>calendar: {path} ends in the middle (it may still be being written); nothing was read from it; try again in a moment</source>
            <translation>kalender: {path} slutter midt i (den er måske ved at blive skrevet); intet blev læst fra den; prøv igen om et øjeblik</translation>
        </message>
        <message>
            <source>calendar: {path} is a folder, not a calendar file (.ics)</source>
            <translation>kalender: {path} er en mappe, ikke en kalenderfil (.ics)</translation>
        </message>
        <message>
            <source>calendar: cannot read {path} ({reason})</source>
            <translation>kalender: {path} kan ikke læses ({reason})</translation>
        </message>
        <message>
            <source>calendar: {path} could not be read as iCalendar (.ics); nothing was read from it</source>
            <translation>kalender: {path} kunne ikke læses som iCalendar (.ics); intet blev læst fra den</translation>
        </message>
        <message>
            <source>calendar: an event from {start} that repeats {detail} was left out: it repeats too often to be read</source>
            <translation>kalender: en aftale fra {start}, der gentages {detail}, blev udeladt: den gentages for ofte til at kunne læses</translation>
        </message>
        <message>
            <source>calendar: an event at {time} names a time zone the file does not define ({zone}); it was counted in your local time</source>
            <translation>kalender: aftalen {time} bruger en tidszone, som filen ikke definerer ({zone}); den blev talt i din lokale tid</translation>
        </message>
        <message>
            <source>"open" or "resolved"</source>
            <translation>»open« eller »resolved«</translation>
        </message>
        <message>
            <source>"operations", "leadership" or "own_work"</source>
            <translation>»operations«, »leadership« eller »own_work«</translation>
        </message>
        <message>
            <source>"signal", "demand" or "resource"</source>
            <translation>»signal«, »demand« eller »resource«</translation>
        </message>
        <message>
            <source>a 1:1: held_on, with_whom, agenda, notes and actions</source>
            <translation>en 1:1-samtale: held_on, with_whom, agenda, notes og actions</translation>
        </message>
        <message>
            <source>a Leader Pulse JSON export: the whole journal (or the dated records of a period), written by `wellbeing-desktop export --format json` and read by `wellbeing-desktop import`. Version 1 files (written before the export carried its time, the app's version and the consent log) have no exported_at, app_version or export_log; version 2 adds them. Dated records may be limited to a period; the consent log is always whole.</source>
            <translation>en JSON-eksport fra Leader Pulse: hele dagbogen (eller de daterede poster fra en periode), skrevet af `wellbeing-desktop export --format json` og læst af `wellbeing-desktop import`. Filer i version 1 (skrevet før eksporten havde sit tidspunkt, appens version og samtykkeloggen) har ingen exported_at, app_version eller export_log; version 2 tilføjer dem. Daterede poster kan være begrænset til en periode; samtykkeloggen er altid hel.</translation>
        </message>
        <message>
            <source>a WHO-5 check-in: taken_on and answers</source>
            <translation>en WHO-5-måling: taken_on og answers</translation>
        </message>
        <message>
            <source>a category: key, name_da, name_en and kind</source>
            <translation>en kategori: key, name_da, name_en og kind</translation>
        </message>
        <message>
            <source>a consent-log entry: made_at, kind, format, period_start, period_end, sections and reflection_days</source>
            <translation>en post i samtykkeloggen: made_at, kind, format, period_start, period_end, sections og reflection_days</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>en dato skrevet ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>a day: an object with at least its date</source>
            <translation>en dag: et objekt med mindst dens dato</translation>
        </message>
        <message>
            <source>a list of 1:1 meetings</source>
            <translation>en liste over 1:1-samtaler</translation>
        </message>
        <message>
            <source>a list of WHO-5 check-ins</source>
            <translation>en liste over WHO-5-målinger</translation>
        </message>
        <message>
            <source>a list of actions</source>
            <translation>en liste over handlinger</translation>
        </message>
        <message>
            <source>a list of activity categories</source>
            <translation>en liste over aktivitetskategorier</translation>
        </message>
        <message>
            <source>a list of agenda points (texts)</source>
            <translation>en liste over dagsordenspunkter (tekster)</translation>
        </message>
        <message>
            <source>a list of dates (YYYY-MM-DD)</source>
            <translation>en liste over datoer (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>a list of days</source>
            <translation>en liste over dage</translation>
        </message>
        <message>
            <source>a list of demand keys</source>
            <translation>en liste over nøgler for krav</translation>
        </message>
        <message>
            <source>a list of report sections</source>
            <translation>en liste over rapportafsnit</translation>
        </message>
        <message>
            <source>a list of resource keys</source>
            <translation>en liste over nøgler for ressourcer</translation>
        </message>
        <message>
            <source>a list of signal keys</source>
            <translation>en liste over nøgler for signaler</translation>
        </message>
        <message>
            <source>a list of sparring topics</source>
            <translation>en liste over sparringsemner</translation>
        </message>
        <message>
            <source>a list of tags</source>
            <translation>en liste over nøgleord</translation>
        </message>
        <message>
            <source>a list of the user's own signals, demands and resources</source>
            <translation>en liste over brugerens egne signaler, krav og ressourcer</translation>
        </message>
        <message>
            <source>a report section: "time_split", "stress", "demands_resources", "who5", "sparring" or "reflections"</source>
            <translation>et rapportafsnit: »time_split«, »stress«, »demands_resources«, »who5«, »sparring« eller »reflections«</translation>
        </message>
        <message>
            <source>a signal group ("bodily", "emotional", "cognitive", "behavioural", "own") or null</source>
            <translation>en signalgruppe (»bodily«, »emotional«, »cognitive«, »behavioural«, »own«) eller null</translation>
        </message>
        <message>
            <source>a sparring topic: raised_on, situation, with_whom, status, resolved_on and notes</source>
            <translation>et sparringsemne: raised_on, situation, with_whom, status, resolved_on og notes</translation>
        </message>
        <message>
            <source>a stress step, a whole number from 1 to 5, or null</source>
            <translation>et stresstrin, et helt tal fra 1 til 5, eller null</translation>
        </message>
        <message>
            <source>an object with the entry's fields</source>
            <translation>et objekt med postens felter</translation>
        </message>
        <message>
            <source>a date such as 2026-11-20</source>
            <translation>en dato som 2026-11-20</translation>
        </message>
        <message>
            <source>a time such as 16:30</source>
            <translation>et klokkeslæt som 16:30</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>en tekst</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>en liste af tekster</translation>
        </message>
        <message>
            <source>a time in UTC such as 2026-11-20T15:30:00Z</source>
            <translation>et tidspunkt i UTC som 2026-11-20T15:30:00Z</translation>
        </message>
        <message>
            <source>a time zone name such as Europe/Copenhagen</source>
            <translation>navnet på en tidszone som Europe/Copenhagen</translation>
        </message>
        <message>
            <source>import: cannot read {path} ({reason}); nothing was imported.</source>
            <translation>import: {path} kan ikke læses ({reason}); intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} is not valid JSON (at entry {n} or before it); it may be damaged; nothing was imported.</source>
            <translation>import: {path} er ikke gyldig JSON (ved indlæg {n} eller før); filen kan være beskadiget; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} ends in the middle of entry {n}; it may be cut short or still being written; nothing was imported.</source>
            <translation>import: {path} slutter midt i indlæg {n}; filen kan være afkortet eller ved at blive skrevet; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} is a damaged .zip file; nothing was imported.</source>
            <translation>import: {path} er en beskadiget .zip-fil; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} is not a {app} export (it has no list of entries); nothing was imported.</source>
            <translation>import: {path} er ikke en eksport fra {app} (den har ingen liste af indlæg); intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: {key} is missing; expected {allowed}. Nothing was imported.</source>
            <translation>import: {path}, indlæg {entry}: {key} mangler; forventet: {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: {key} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {path}, indlæg {entry}: {key} er ikke tilladt; forventet: {allowed}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} is a .zip file without a Day One journal (.json) in it; nothing was imported.</source>
            <translation>import: {path} er en .zip-fil uden en Day One-dagbog (.json) i; intet blev importeret.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>filen er ikke UTF-8-tekst</translation>
        </message>
        <message>
            <source>it is no regular file (a pipe, a device, or a link to one); remove it</source>
            <translation>det er ikke en almindelig fil (et rør, en enhed eller et link til en af dem); fjern den</translation>
        </message>
        <message>
            <source>the file cannot be read as CSV (a quoted field is not closed, or a field is too long)</source>
            <translation>filen kan ikke læses som CSV (et felt i anførselstegn er ikke lukket, eller et felt er for langt)</translation>
        </message>
        <message>
            <source>the mood is empty; every Daylio entry has one</source>
            <translation>humøret er tomt; hvert indlæg i Daylio har et</translation>
        </message>
        <message>
            <source>this is neither a folder of daily notes nor a Markdown note</source>
            <translation>dette er hverken en mappe med daglige noter eller en Markdown-note</translation>
        </message>
        <message>
            <source>lines 'category: minutes' indented under it</source>
            <translation>linjer 'kategori: minutter' rykket ind under den</translation>
        </message>
        <message>
            <source>The Markdown export you started was stopped because the journal locked; no folder was made and nothing was logged.</source>
            <translation>Den Markdown-eksport, du startede, blev stoppet, fordi dagbogen blev låst; der blev ikke lavet en mappe, og intet blev skrevet i loggen.</translation>
        </message>
        <message>
            <source>The import you started was stopped because the journal locked; nothing was imported.</source>
            <translation>Den import, du startede, blev stoppet, fordi dagbogen blev låst; intet blev importeret.</translation>
        </message>
        <message>
            <source>The import you started was finished before the journal locked: {days} days were imported.</source>
            <translation>Den import, du startede, blev gjort færdig, før dagbogen blev låst: {days} dage blev importeret.</translation>
        </message>
        <message>
            <source>The import you started was refused before the journal locked; nothing was imported: {reason}</source>
            <translation>Den import, du startede, blev afvist, før dagbogen blev låst; intet blev importeret: {reason}</translation>
        </message>
        <message>
            <source>The Markdown export you started was finished before the journal locked: {path}</source>
            <translation>Den Markdown-eksport, du startede, blev gjort færdig, før dagbogen blev låst: {path}</translation>
        </message>
        <message>
            <source>The Markdown export you started failed before the journal locked; no folder was made: {reason}</source>
            <translation>Den Markdown-eksport, du startede, mislykkedes, før dagbogen blev låst; der blev ikke lavet en mappe: {reason}</translation>
        </message>
        <message>
            <source>import: {path}: {problem}. Nothing was imported.</source>
            <translation>import: {path}: {problem}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {n} (line {line}): {problem}. Nothing was imported.</source>
            <translation>import: {path}, indlæg {n} (linje {line}): {problem}. Intet blev importeret.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>filen kan ikke læses ({reason})</translation>
        </message>
        <message>
            <source>this is not a Daylio CSV export (its first line must name the columns {columns})</source>
            <translation>dette er ikke en CSV-eksport fra Daylio (den første linje skal nævne kolonnerne {columns})</translation>
        </message>
        <message>
            <source>it has {n} fields; the first line names {expected}</source>
            <translation>den har {n} felter; den første linje nævner {expected}</translation>
        </message>
        <message>
            <source>full_date {value} is not a date like 2026-11-20</source>
            <translation>full_date {value} er ikke en dato som 2026-11-20</translation>
        </message>
        <message>
            <source>time {value} is not a time like 14:58 or 2:58 pm</source>
            <translation>time {value} er ikke et klokkeslæt som 14:58 eller 2:58 pm</translation>
        </message>
        <message>
            <source>the note is larger than {n} bytes; a day's reflection holds at most {chars} characters</source>
            <translation>noten er større end {n} byte; en dags refleksion rummer højst {chars} tegn</translation>
        </message>
        <message>
            <source>line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines '- a' under tags:</source>
            <translation>linje {n} i front matter kan ikke læses; skriv tags som tags: [a, b] eller som linjer '- a' under tags:</translation>
        </message>
        <message>
            <source>in the front matter, {key}: {value} is not allowed; {allowed}</source>
            <translation>i front matter er {key}: {value} ikke tilladt; {allowed}</translation>
        </message>
        <message>
            <source>the folder holds more than {n} files and folders; choose the folder of your daily notes</source>
            <translation>mappen rummer mere end {n} filer og mapper; vælg mappen med dine daglige noter</translation>
        </message>
        <message>
            <source>import: export version {code} is not supported (this app reads versions 1 to {n}).</source>
            <translation>import: eksportversion '{code}' understøttes ikke (appen læser version 1 til {n}).</translation>
        </message>
        <message>
            <source>import: {path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or give its format with --format); nothing was imported.</source>
            <translation>import: {path} er ikke en eksport, som appen kan læse: en .json-fil fra jrnl eller Day One, en .zip-fil fra Day One, en .csv-fil fra Daylio eller en mappe med Markdown-noter (eller angiv formatet med --format); intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: the reflection of {day} would be longer than {chars} characters; nothing was imported.</source>
            <translation>import: {path}, indlæg {entry}: refleksionen for {day} ville blive længere end {chars} tegn; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: its date {day} is before {earliest}, the first day a journal holds; nothing was imported.</source>
            <translation>import: {path}, indlæg {entry}: datoen {day} ligger før {earliest}, den første dag en dagbog rummer; intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: its text holds a character the journal cannot keep (a NUL character, or a broken one); nothing was imported.</source>
            <translation>import: {path}, indlæg {entry}: teksten har et tegn, dagbogen ikke kan gemme (et NUL-tegn eller et ødelagt tegn); intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {path} changed since the preview; nothing was imported. Look at the preview again.</source>
            <translation>import: {path} er ændret siden forhåndsvisningen; intet blev importeret. Se forhåndsvisningen igen.</translation>
        </message>
        <message>
            <source>import: the file would put text on days you share (1:1 or coach), the first {day}; that was not confirmed, so nothing was imported.</source>
            <translation>import: filen ville lægge tekst på dage, du deler (1:1 eller coach), den første {day}; det blev ikke bekræftet, så intet blev importeret.</translation>
        </message>
        <message>
            <source>import: {day} has been shared (1:1 or coach) since the preview was made; nothing was imported. Look at the preview again.</source>
            <translation>import: {day} er blevet delt (1:1 eller coach), siden forhåndsvisningen blev lavet; intet blev importeret. Se forhåndsvisningen igen.</translation>
        </message>
        <message>
            <source>a whole number from 0 to 5</source>
            <translation>et helt tal fra 0 til 5</translation>
        </message>
        <message>
            <source>a whole number of minutes, from 0 to 1440 (24 h)</source>
            <translation>et helt antal minutter fra 0 til 1440 (24 t)</translation>
        </message>
        <message>
            <source>the auto-lock minutes, a whole number from 0 to 240 (0: off)</source>
            <translation>minutter før automatisk lås, et helt tal fra 0 til 240 (0: slået fra)</translation>
        </message>
        <message>
            <source>the leadership target, a whole number of percent from 0 to 100</source>
            <translation>målet for ledelsesandelen, et helt antal procent fra 0 til 100</translation>
        </message>
        <message>
            <source>the weekly hours norm, a number of hours from 1 to 80</source>
            <translation>ugenormen, et antal timer fra 1 til 80</translation>
        </message>
        <message>
            <source>the working time in minutes (a whole number from 0 to 1440), or null</source>
            <translation>arbejdstiden i minutter (et helt tal fra 0 til 1440), eller null</translation>
        </message>
        <message>
            <source>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset (older files have none: read as local time)</source>
            <translation>hvornår filen blev skrevet: en lokal dato og tid, ÅÅÅÅ-MM-DDTTT:MM:SS med forskydningen fra UTC (ældre filer har den ikke: læses som lokal tid)</translation>
        </message>
        <message>
            <source>an action: text and done</source>
            <translation>en handling: text og done</translation>
        </message>
        <message>
            <source>"one-on-one", "coach", "json", "csv", "xlsx", "pulse", "leader-group" or "markdown"</source>
            <translation>»one-on-one«, »coach«, »json«, »csv«, »xlsx«, »pulse«, »leader-group« eller »markdown«</translation>
        </message>
        <message>
            <source>"pdf", "md", "html", "json", "csv", "xlsx" or "pulse"</source>
            <translation>»pdf«, »md«, »html«, »json«, »csv«, »xlsx« eller »pulse«</translation>
        </message>
        <message>
            <source>an own item: key, catalogue, label_da, label_en and group</source>
            <translation>et eget punkt: key, catalogue, label_da, label_en og group</translation>
        </message>
        <message>
            <source>five answers, each a whole number from 0 to 5</source>
            <translation>fem svar, hvert et helt tal fra 0 til 5</translation>
        </message>
        <message>
            <source>minutes per category key (whole numbers, 0 or more)</source>
            <translation>minutter pr. kategorinøgle (hele tal, 0 eller flere)</translation>
        </message>
        <message>
            <source>the Danish label, a text</source>
            <translation>den danske betegnelse, en tekst</translation>
        </message>
        <message>
            <source>the Danish name, a text</source>
            <translation>det danske navn, en tekst</translation>
        </message>
        <message>
            <source>the English label, a text</source>
            <translation>den engelske betegnelse, en tekst</translation>
        </message>
        <message>
            <source>the English name, a text</source>
            <translation>det engelske navn, en tekst</translation>
        </message>
        <message>
            <source>the action, a text</source>
            <translation>handlingen, en tekst</translation>
        </message>
        <message>
            <source>the category's key, a text</source>
            <translation>kategoriens nøgle, en tekst</translation>
        </message>
        <message>
            <source>the consent log: a list of the files that left the journal</source>
            <translation>samtykkeloggen: en liste over de filer, der har forladt dagbogen</translation>
        </message>
        <message>
            <source>the day it was resolved (YYYY-MM-DD), or null</source>
            <translation>dagen, det blev løst (ÅÅÅÅ-MM-DD), eller null</translation>
        </message>
        <message>
            <source>the demands, a whole number from 0 to 10, or null</source>
            <translation>kravene, et helt tal fra 0 til 10, eller null</translation>
        </message>
        <message>
            <source>the energy, a whole number from 1 to 5, or null</source>
            <translation>energien, et helt tal fra 1 til 5, eller null</translation>
        </message>
        <message>
            <source>the export format's version, 1 or 2</source>
            <translation>eksportformatets version, 1 eller 2</translation>
        </message>
        <message>
            <source>the first day of the period (YYYY-MM-DD), or null</source>
            <translation>periodens første dag (ÅÅÅÅ-MM-DD), eller null</translation>
        </message>
        <message>
            <source>the item's key, a text</source>
            <translation>punktets nøgle, en tekst</translation>
        </message>
        <message>
            <source>the journal's language, "da" or "en"</source>
            <translation>dagbogens sprog, »da« eller »en«</translation>
        </message>
        <message>
            <source>the journal's settings (an object)</source>
            <translation>dagbogens indstillinger (et objekt)</translation>
        </message>
        <message>
            <source>the last day of the period (YYYY-MM-DD), or null</source>
            <translation>periodens sidste dag (ÅÅÅÅ-MM-DD), eller null</translation>
        </message>
        <message>
            <source>the notes, a text</source>
            <translation>noterne, en tekst</translation>
        </message>
        <message>
            <source>the reflection, a text</source>
            <translation>refleksionen, en tekst</translation>
        </message>
        <message>
            <source>the reminder time HH:MM, or null for none</source>
            <translation>tidspunktet for påmindelsen TT:MM, eller null for ingen</translation>
        </message>
        <message>
            <source>the resources, a whole number from 0 to 10, or null</source>
            <translation>ressourcerne, et helt tal fra 0 til 10, eller null</translation>
        </message>
        <message>
            <source>the situation, a text</source>
            <translation>situationen, en tekst</translation>
        </message>
        <message>
            <source>the text "leader-pulse-export"</source>
            <translation>teksten »leader-pulse-export«</translation>
        </message>
        <message>
            <source>the version of the app that wrote the file</source>
            <translation>versionen af appen, der skrev filen</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true eller false</translation>
        </message>
        <message>
            <source>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset</source>
            <translation>hvornår filen blev skrevet: en lokal dato og tid, ÅÅÅÅ-MM-DDTTT:MM:SS med forskydningen fra UTC</translation>
        </message>
        <message>
            <source>who may see the reflection: "private", "one-on-one" or "coach"</source>
            <translation>hvem der må se refleksionen: »private«, »one-on-one« eller »coach«</translation>
        </message>
        <message>
            <source>with whom, a text</source>
            <translation>med hvem, en tekst</translation>
        </message>
        <message>
            <source>what the schema describes</source>
            <translation>det, skemaet beskriver</translation>
        </message>
    </context>
    <context>
        <name>journal_calendar</name>
        <message>
            <source>under {low}</source>
            <translation>under {low}</translation>
        </message>
        <message>
            <source>{target} or more (target)</source>
            <translation>{target} eller mere (mål)</translation>
        </message>
        <message>
            <source>Bold date = a day in the journal</source>
            <translation>Fed dato = en dag i dagbogen</translation>
        </message>
    </context>
    <context>
        <name>journal_models</name>
        <message>
            <source>Sparring</source>
            <translation>Sparring</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Step {n} · {name}</source>
            <translation>Trin {n} · {name}</translation>
        </message>
        <message>
            <source>{percent} leadership</source>
            <translation>{percent} ledelse</translation>
        </message>
        <message>
            <source>No reflection written</source>
            <translation>Ingen refleksion skrevet</translation>
        </message>
    </context>
    <context>
        <name>journal_view</name>
        <message>
            <source>Search the journal</source>
            <translation>Søg i dagbogen</translation>
        </message>
        <message>
            <source>Search the journal (Ctrl+F)</source>
            <translation>Søg i dagbogen (Ctrl+F)</translation>
        </message>
        <message>
            <source>All words must be found, each as the start of a word; case and accents do not matter, and å finds a, but æ and ø are letters of their own. "a phrase" finds the words next to each other, budget OR economy either word, -word leaves out what has it.</source>
            <translation>Alle ord skal findes, hvert som begyndelsen af et ord; store og små bogstaver og accenter er ligegyldige, og å finder a, men æ og ø er bogstaver for sig. "en sætning" finder ordene lige efter hinanden, budget OR økonomi finder et af ordene, -ord udelader det, der har ordet.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Colour the days by</source>
            <translation>Farv dagene efter</translation>
        </message>
        <message>
            <source>Stress step</source>
            <translation>Stresstrin</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Ledelsesandel</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Søgeresultater</translation>
        </message>
        <message>
            <source>{n} days with entries</source>
            <translation>{n} dage med notater</translation>
        </message>
        <message>
            <source>1 day with an entry</source>
            <translation>1 dag med notater</translation>
        </message>
        <message>
            <source>Nothing written in {month}. Pick another month in the calendar.</source>
            <translation>Ingen dage skrevet i {month}. Vælg en anden måned i kalenderen.</translation>
        </message>
        <message>
            <source>{n} results for “{query}”</source>
            <translation>{n} fund for »{query}«</translation>
        </message>
        <message>
            <source>1 result for “{query}”</source>
            <translation>1 fund for »{query}«</translation>
        </message>
        <message>
            <source>The {n} newest of {total} results for “{query}” – type more words to narrow it down.</source>
            <translation>De {n} nyeste af {total} fund for »{query}« – skriv flere ord for at indsnævre.</translation>
        </message>
        <message>
            <source>Nothing in the journal matches “{query}”.</source>
            <translation>Intet i dagbogen matcher »{query}«.</translation>
        </message>
        <message>
            <source>“{query}” only names words to leave out (-word, NOT word): add a word to look for.</source>
            <translation>»{query}« nævner kun ord, der skal udelades (-ord, NOT ord): tilføj et ord at søge efter.</translation>
        </message>
        <message>
            <source>Enter or double-click opens the day.</source>
            <translation>Enter eller dobbeltklik åbner dagen.</translation>
        </message>
        <message>
            <source>Enter or double-click opens the day · Esc clears the search.</source>
            <translation>Enter eller dobbeltklik åbner dagen · Esc rydder søgningen.</translation>
        </message>
        <message>
            <source>Days in the journal</source>
            <translation>Dage i dagbogen</translation>
        </message>
    </context>
    <context>
        <name>leader_group</name>
        <message>
            <source>Keep a finger on the pulse – for the leaders as a group. Numbers only, anonymous, and combined only in groups of five or more.</source>
            <translation>Hold en finger på pulsen – for lederne som gruppe. Kun tal, anonymt, og kun samlet i grupper på fem eller flere.</translation>
        </message>
        <message>
            <source>Share your pulse</source>
            <translation>Del din puls</translation>
        </message>
        <message>
            <source>Open round file…</source>
            <translation>Åbn rundefil…</translation>
        </message>
        <message>
            <source>Open the round file your facilitator sent you</source>
            <translation>Åbn den rundefil, tovholderen har sendt dig</translation>
        </message>
        <message>
            <source>Open the round file</source>
            <translation>Åbn rundefilen</translation>
        </message>
        <message>
            <source>Open the round file your facilitator sent you. You see exactly what would be shared before anything is saved.</source>
            <translation>Åbn den rundefil, tovholderen har sendt dig. Du ser præcis, hvad der bliver delt, før noget gemmes.</translation>
        </message>
        <message>
            <source>{name} · {period}</source>
            <translation>{name} · {period}</translation>
        </message>
        <message>
            <source>What the file will hold</source>
            <translation>Det, filen vil indeholde</translation>
        </message>
        <message>
            <source>Also share my WHO-5 level</source>
            <translation>Del også mit WHO-5-niveau</translation>
        </message>
        <message>
            <source>Save pulse file…</source>
            <translation>Gem pulsfil…</translation>
        </message>
        <message>
            <source>Save the pulse file, encrypted to the round's key, to send it back</source>
            <translation>Gem pulsfilen, krypteret til rundens nøgle, så du kan sende den tilbage</translation>
        </message>
        <message>
            <source>Save the pulse file (only the round's key opens it)</source>
            <translation>Gem pulsfilen (kun rundens nøgle kan åbne den)</translation>
        </message>
        <message>
            <source>Saved to {path}. Send the file to your facilitator.</source>
            <translation>Gemt i {path}. Send filen til tovholderen.</translation>
        </message>
        <message>
            <source>You have no logged days from {start} to {end}, so there is nothing to share.</source>
            <translation>Du har ingen registrerede dage fra {start} til {end}, så der er intet at dele.</translation>
        </message>
        <message>
            <source>Facilitate a round</source>
            <translation>Faciliter en runde</translation>
        </message>
        <message>
            <source>For HR or the chair of the leader group: start a round, send the round file to the leaders, then combine the pulse files they send back.</source>
            <translation>For HR eller formanden for ledergruppen: start en runde, send rundefilen til lederne, og saml derefter de pulsfiler, de sender tilbage.</translation>
        </message>
        <message>
            <source>Start a round…</source>
            <translation>Start en runde…</translation>
        </message>
        <message>
            <source>Choose a name, a period and the minimum group, and save the round file</source>
            <translation>Vælg et navn, en periode og den mindste gruppe, og gem rundefilen</translation>
        </message>
        <message>
            <source>Your rounds</source>
            <translation>Dine runder</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Round code {code} · at least {min_group} leaders</source>
            <translation>Rundens kode {code} · mindst {min_group} ledere</translation>
        </message>
        <message>
            <source>No rounds yet. Start one when the leader group wants a shared picture.</source>
            <translation>Ingen runder endnu. Start en, når ledergruppen vil have et fælles billede.</translation>
        </message>
        <message>
            <source>Save round file…</source>
            <translation>Gem rundefil…</translation>
        </message>
        <message>
            <source>Save the selected round's file again (to send it once more)</source>
            <translation>Gem den valgte rundes fil igen (for at sende den en gang til)</translation>
        </message>
        <message>
            <source>Combine pulse files…</source>
            <translation>Saml pulsfiler…</translation>
        </message>
        <message>
            <source>Choose the pulse files the leaders sent for the selected round</source>
            <translation>Vælg de pulsfiler, lederne har sendt til den valgte runde</translation>
        </message>
        <message>
            <source>Choose the round's pulse files</source>
            <translation>Vælg rundens pulsfiler</translation>
        </message>
        <message>
            <source>Combining…</source>
            <translation>Samler…</translation>
        </message>
        <message>
            <source>Select a round in the list first.</source>
            <translation>Vælg først en runde på listen.</translation>
        </message>
        <message>
            <source>The round “{name}” already covers {start} – {end}: choose Monday {next} or later as From, or weeks before it.</source>
            <translation>Runden »{name}« dækker allerede {start} – {end}: vælg mandag {next} eller senere som Fra, eller uger før den.</translation>
        </message>
        <message>
            <source>Round code {code} – ask your facilitator if it matches.</source>
            <translation>Rundens kode {code} – spørg tovholderen, om den passer.</translation>
        </message>
        <message>
            <source>Round files</source>
            <translation>Rundefiler</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle filer</translation>
        </message>
        <message>
            <source>Pulse files</source>
            <translation>Pulsfiler</translation>
        </message>
        <message>
            <source>The file saved to {path} holds your earlier choice, not what is shown now. Save again to send this.</source>
            <translation>Filen gemt i {path} indeholder dit tidligere valg, ikke det, der vises nu. Gem igen for at sende dette.</translation>
        </message>
        <message>
            <source>{name}
{period} · at least {min_group} leaders · round code {code}</source>
            <translation>{name}
{period} · mindst {min_group} ledere · rundens kode {code}</translation>
        </message>
        <message>
            <source>The round file is saved to {path}. Send it to the leaders, and read out the round code {code}.</source>
            <translation>Rundefilen er gemt i {path}. Send den til lederne, og læs rundens kode {code} op.</translation>
        </message>
        <message>
            <source>The round is started, but its file was not written: {reason} Save it again from the list.</source>
            <translation>Runden er startet, men dens fil blev ikke skrevet: {reason} Gem den igen fra listen.</translation>
        </message>
        <message>
            <source>Save the round file (it holds no secret)</source>
            <translation>Gem rundefilen (den indeholder ingen hemmelighed)</translation>
        </message>
        <message>
            <source>Start a round</source>
            <translation>Start en runde</translation>
        </message>
        <message>
            <source>The leaders share their pulse for this period. The round's private key stays in your journal: only you can combine the pulses.</source>
            <translation>Lederne deler deres puls for denne periode. Rundens private nøgle bliver i din dagbog: kun du kan samle pulserne.</translation>
        </message>
        <message>
            <source>e.g. Leader group, autumn 2026</source>
            <translation>fx Ledergruppen, efterår 2026</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>{weeks} whole weeks, from Monday {start} to Sunday {end}.</source>
            <translation>{weeks} hele uger, fra mandag {start} til søndag {end}.</translation>
        </message>
        <message>
            <source>A round covers whole weeks: choose a Monday as From.</source>
            <translation>En runde dækker hele uger: vælg en mandag som Fra.</translation>
        </message>
        <message>
            <source>A round covers at least 2 whole weeks: choose a Sunday as To, {date} or later.</source>
            <translation>En runde dækker mindst 2 hele uger: vælg en søndag som Til, {date} eller senere.</translation>
        </message>
        <message>
            <source>Minimum group</source>
            <translation>Mindste gruppe</translation>
        </message>
        <message>
            <source>At least 5: fewer pulses are never combined.</source>
            <translation>Mindst 5: færre pulser samles aldrig.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>The group picture</source>
            <translation>Gruppebilledet</translation>
        </message>
        <message>
            <source>{leaders} leaders combined. No single pulse is shown, and a figure that would rest on fewer than three leaders is left out.</source>
            <translation>{leaders} ledere samlet. Ingen enkelt puls vises, og et tal, der ville hvile på færre end tre ledere, er udeladt.</translation>
        </message>
        <message>
            <source>The group picture as the report shows it</source>
            <translation>Gruppebilledet, som rapporten viser det</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>Gem rapport…</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Gemt i {path}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>leader-group</source>
            <translation>ledergruppe</translation>
        </message>
    </context>
    <context>
        <name>locale_format</name>
        <message>
            <source>week {week}</source>
            <translation>uge {week}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} t</translation>
        </message>
        <message>
            <source>{hours} h {minutes} m</source>
            <translation>{hours} t {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} m</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} t {minutes}</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <translation>d. MMM yyyy 'kl.' HH:mm</translation>
        </message>
    </context>
    <context>
        <name>lock_reason</name>
        <message>
            <source>Locked after 1 minute without use.</source>
            <translation>Låst efter 1 minut uden brug.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minutes without use.</source>
            <translation>Låst efter {minutes} minutter uden brug.</translation>
        </message>
        <message>
            <source>Locked because the window was closed.</source>
            <translation>Låst, fordi vinduet blev lukket.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Låst, fordi skærmen blev låst.</translation>
        </message>
        <message>
            <source>Locked because the computer went to sleep.</source>
            <translation>Låst, fordi computeren gik i dvale.</translation>
        </message>
        <message>
            <source>Everything you typed is saved.</source>
            <translation>Alt, du skrev, er gemt.</translation>
        </message>
        <message>
            <source>Some of what you typed could not be saved before the journal locked.</source>
            <translation>Noget af det, du skrev, kunne ikke gemmes, før dagbogen blev låst.</translation>
        </message>
        <message>
            <source>Saving what you typed as soon as the journal has finished opening…</source>
            <translation>Det, du skrev, gemmes, så snart dagbogen er færdig med at åbne …</translation>
        </message>
        <message>
            <source>What you typed on Today was not saved. {reason}</source>
            <translation>Det, du skrev under I dag, blev ikke gemt. {reason}</translation>
        </message>
        <message>
            <source>The journal could not be opened. {reason}</source>
            <translation>Dagbogen kunne ikke åbnes. {reason}</translation>
        </message>
    </context>
    <context>
        <name>one_on_one_view</name>
        <message>
            <source>leader-pulse</source>
            <translation>lederpuls</translation>
        </message>
    </context>
    <context>
        <name>one_on_one_words</name>
        <message>
            <source>Prepare your next 1:1 with your own leader. The app suggests an agenda from your days – you decide what goes in.</source>
            <translation>Forbered din næste 1:1 med din egen leder. Appen foreslår en dagsorden ud fra dine dage – du bestemmer, hvad der kommer med.</translation>
        </message>
        <message>
            <source>New 1:1</source>
            <translation>Ny 1:1</translation>
        </message>
        <message>
            <source>Create a new 1:1 (Ctrl+N)</source>
            <translation>Opret en ny 1:1 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Summary for a coach…</source>
            <translation>Opsummering til coach…</translation>
        </message>
        <message>
            <source>Choose period and sections, see exactly what is shared, and save a file</source>
            <translation>Vælg periode og afsnit, se præcis hvad der deles, og gem en fil</translation>
        </message>
        <message>
            <source>Shared exports</source>
            <translation>Delte eksporter</translation>
        </message>
        <message>
            <source>See what has been exported from the app, and when</source>
            <translation>Se hvad der er eksporteret fra appen, og hvornår</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Møder</translation>
        </message>
        <message>
            <source>No 1:1 yet.</source>
            <translation>Ingen 1:1 endnu.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Slet…</translation>
        </message>
        <message>
            <source>Delete the selected 1:1</source>
            <translation>Slet den valgte 1:1</translation>
        </message>
        <message>
            <source>Delete 1:1</source>
            <translation>Slet 1:1</translation>
        </message>
        <message>
            <source>Delete the 1:1 with {who} on {day}? Its agenda, notes and actions go too.</source>
            <translation>Slet 1:1 med {who} {day}? Dagsorden, noter og handlinger slettes også.</translation>
        </message>
        <message>
            <source>Choose a 1:1 in the list – or create a new one.</source>
            <translation>Vælg en 1:1 i listen – eller opret en ny.</translation>
        </message>
        <message>
            <source>Create your next 1:1 with “New 1:1”. The app then drafts an agenda from your days since the last 1:1, with open actions from last time at the top. You edit, move and delete freely – and nothing leaves the app until you export it yourself.</source>
            <translation>Opret din næste 1:1 med »Ny 1:1«. Så laver appen et udkast til dagsordenen ud fra dine dage siden sidste 1:1, med åbne handlinger fra sidste gang øverst. Du retter, flytter og sletter frit – og intet forlader appen, før du selv eksporterer.</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>kommende</translation>
        </message>
        <message>
            <source>with {who}</source>
            <translation>med {who}</translation>
        </message>
        <message>
            <source>{n} points</source>
            <translation>{n} punkter</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 punkt</translation>
        </message>
        <message>
            <source>{n} open actions</source>
            <translation>{n} åbne handlinger</translation>
        </message>
        <message>
            <source>1 open action</source>
            <translation>1 åben handling</translation>
        </message>
        <message>
            <source>1:1 with {who}</source>
            <translation>1:1 med {who}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Change the date or who it is with</source>
            <translation>Skift dato eller hvem mødet er med</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>The draft is built from your days in the period – by default since the last 1:1.</source>
            <translation>Udkastet bygger på dine dage i perioden – som standard siden sidste 1:1.</translation>
        </message>
        <message>
            <source>Draft agenda</source>
            <translation>Lav udkast</translation>
        </message>
        <message>
            <source>Suggest an agenda from the period; open actions from the last 1:1 come first</source>
            <translation>Foreslå en dagsorden ud fra perioden; åbne handlinger fra sidste 1:1 kommer først</translation>
        </message>
        <message>
            <source>Drafting…</source>
            <translation>Laver udkast…</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>Nyt udkast</translation>
        </message>
        <message>
            <source>The agenda already has {points}. Replace it with a new draft?</source>
            <translation>Dagsordenen har allerede {points}. Erstat med et nyt udkast?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Erstat</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>There was nothing to suggest for the period. Add your own points.</source>
            <translation>Der var ikke noget at foreslå for perioden. Tilføj dine egne punkter.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Periodens slutdato ligger før startdatoen.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <source>Press “Draft agenda” for a suggestion from the period – or add your own points.</source>
            <translation>Tryk »Lav udkast« for et forslag ud fra perioden – eller tilføj dine egne punkter.</translation>
        </message>
        <message>
            <source>Drag the points into place or use Alt+↑/↓. Double-click or F2 to edit.</source>
            <translation>Træk punkterne på plads eller brug Alt+↑/↓. Dobbeltklik eller F2 for at rette.</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Tilføj punkt</translation>
        </message>
        <message>
            <source>Add your own point (Ctrl+Shift+N)</source>
            <translation>Tilføj dit eget punkt (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flyt op</translation>
        </message>
        <message>
            <source>Move the point up (Alt+↑)</source>
            <translation>Flyt punktet op (Alt+↑)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flyt ned</translation>
        </message>
        <message>
            <source>Move the point down (Alt+↓)</source>
            <translation>Flyt punktet ned (Alt+↓)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove the selected point (Delete)</source>
            <translation>Fjern det valgte punkt (Delete)</translation>
        </message>
        <message>
            <source>your own point</source>
            <translation>dit eget punkt</translation>
        </message>
        <message>
            <source>Point {n}</source>
            <translation>Punkt {n}</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>Efter mødet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>What did you talk about? What did you agree on?</source>
            <translation>Hvad talte I om? Hvad blev I enige om?</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Handlinger</translation>
        </message>
        <message>
            <source>No action items yet. Open ones come first in the draft for the next 1:1.</source>
            <translation>Ingen handlinger endnu. Åbne handlinger kommer med i udkastet til næste 1:1.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Tilføj handling</translation>
        </message>
        <message>
            <source>Add an action item</source>
            <translation>Tilføj en handling</translation>
        </message>
        <message>
            <source>Remove the selected action item</source>
            <translation>Fjern den valgte handling</translation>
        </message>
        <message>
            <source>done</source>
            <translation>udført</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Udskriv…</translation>
        </message>
        <message>
            <source>Print the agenda (Ctrl+P)</source>
            <translation>Udskriv dagsordenen (Ctrl+P)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksporter…</translation>
        </message>
        <message>
            <source>Save the 1:1 report as PDF, Markdown or HTML</source>
            <translation>Gem 1:1-rapporten som PDF, Markdown eller HTML</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Eksporteret til {name}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksporterer…</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gemt {time}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke gemt: {reason}</translation>
        </message>
        <message>
            <source>Edit 1:1</source>
            <translation>Rediger 1:1</translation>
        </message>
        <message>
            <source>Who is it with, and when? The date may be in the future.</source>
            <translation>Hvem skal du tale med, og hvornår? Datoen må gerne ligge i fremtiden.</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Med hvem</translation>
        </message>
        <message>
            <source>e.g. your own leader</source>
            <translation>fx din egen leder</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Opret</translation>
        </message>
        <message>
            <source>Write who the meeting is with.</source>
            <translation>Skriv hvem mødet er med.</translation>
        </message>
        <message>
            <source>The date is too far ahead (a year at most).</source>
            <translation>Datoen ligger for langt ude i fremtiden (højst et år).</translation>
        </message>
        <message>
            <source>Summary for a coach</source>
            <translation>Opsummering til coach</translation>
        </message>
        <message>
            <source>Choose the period and what to include. The preview on the right is exactly what the file will contain – nothing is written until you press “Save…”.</source>
            <translation>Vælg periode og hvad der skal med. Forhåndsvisningen til højre er præcis det, filen kommer til at indeholde – intet gemmes, før du trykker »Gem…«.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Afsnit</translation>
        </message>
        <message>
            <source>Time split</source>
            <translation>Tidsfordeling</translation>
        </message>
        <message>
            <source>Stress staircase</source>
            <translation>Stresstrappen</translation>
        </message>
        <message>
            <source>Demands and resources</source>
            <translation>Krav og ressourcer</translation>
        </message>
        <message>
            <source>WHO-5</source>
            <translation>WHO-5</translation>
        </message>
        <message>
            <source>Sparring topics</source>
            <translation>Sparringsemner</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Refleksioner</translation>
        </message>
        <message>
            <source>Reflections for a coach</source>
            <translation>Refleksioner til coach</translation>
        </message>
        <message>
            <source>Only reflections you marked “Coach” can be chosen – and none goes in until you tick it. Private and 1:1 reflections are never offered here.</source>
            <translation>Kun refleksioner, du har markeret »Coach«, kan vælges – og intet kommer med, før du sætter flueben. Private og 1:1-refleksioner vises aldrig her.</translation>
        </message>
        <message>
            <source>No reflections marked “Coach” in the period.</source>
            <translation>Ingen refleksioner markeret »Coach« i perioden.</translation>
        </message>
        <message>
            <source>Turn on the “Reflections” section to choose reflections.</source>
            <translation>Slå afsnittet »Refleksioner« til for at vælge refleksioner.</translation>
        </message>
        <message>
            <source>{n} of {total} chosen</source>
            <translation>{n} af {total} valgt</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Forhåndsvisning</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Opdaterer forhåndsvisningen…</translation>
        </message>
        <message>
            <source>The preview could not be made: {reason}</source>
            <translation>Forhåndsvisningen kunne ikke laves: {reason}</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>Vælg mindst ét afsnit.</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Gem…</translation>
        </message>
        <message>
            <source>Save the summary as a file (it is not encrypted)</source>
            <translation>Gem opsummeringen som en fil (den er ikke krypteret)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Saved to {name}. It is now in the list of shared exports.</source>
            <translation>Gemt i {name}. Det står nu i listen over delte eksporter.</translation>
        </message>
        <message>
            <source>A file with that name already exists. Choose another name.</source>
            <translation>Der findes allerede en fil med det navn. Vælg et andet navn.</translation>
        </message>
        <message>
            <source>The file was not saved: {reason}</source>
            <translation>Filen blev ikke gemt: {reason}</translation>
        </message>
        <message>
            <source>Every file the app has saved for sharing: when, what and which sections. The list is kept encrypted in your journal; the files themselves are not encrypted.</source>
            <translation>Hver fil, appen har gemt til deling: hvornår, hvad og hvilke afsnit. Listen ligger krypteret i din dagbog; filerne selv er ikke krypterede.</translation>
        </message>
        <message>
            <source>Nothing has been exported yet.</source>
            <translation>Intet er eksporteret endnu.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>Data export</source>
            <translation>Dataeksport</translation>
        </message>
        <message>
            <source>1:1 report</source>
            <translation>1:1-rapport</translation>
        </message>
        <message>
            <source>Pulse shared with the leader group</source>
            <translation>Delt puls til ledergruppen</translation>
        </message>
        <message>
            <source>The leader group's pulse</source>
            <translation>Ledergruppens puls</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Spreadsheet (xlsx)</source>
            <translation>Regneark (xlsx)</translation>
        </message>
        <message>
            <source>Encrypted pulse file</source>
            <translation>Krypteret pulsfil</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{count} named ({days}), the text stayed in the app</source>
            <translation>{count} nævnt ({days}), teksten blev i appen</translation>
        </message>
    </context>
    <context>
        <name>open_notices</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>recovery_key_dialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Din gendannelsesnøgle</translation>
        </message>
        <message>
            <source>The recovery key opens your journal if you forget your passphrase. It is shown only this once. Print it or save it somewhere safe – not only on this computer.</source>
            <translation>Gendannelsesnøglen åbner din dagbog, hvis du glemmer din adgangssætning. Den vises kun denne ene gang. Print den eller gem den et sikkert sted – ikke på denne computer alene.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Udskriv…</translation>
        </message>
        <message>
            <source>Save to file…</source>
            <translation>Gem som fil…</translation>
        </message>
        <message>
            <source>I have stored my recovery key</source>
            <translation>Jeg har gemt min gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsæt</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gemt i {path}</translation>
        </message>
    </context>
    <context>
        <name>settings_calendar</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Time from your calendar: choose an .ics file you have exported from Outlook, Google or Apple Calendar. The app reads the file on this computer and keeps no titles – only the minutes you accept.</source>
            <translation>Tiden fra din kalender: Vælg en .ics-fil, som du har eksporteret fra Outlook, Google eller Apple Kalender. Appen læser filen på denne computer og gemmer ingen titler – kun de minutter, du tager imod.</translation>
        </message>
        <message>
            <source>Calendar files</source>
            <translation>Kalenderfiler</translation>
        </message>
        <message>
            <source>No calendar file is chosen yet.</source>
            <translation>Der er ikke valgt nogen kalenderfil endnu.</translation>
        </message>
        <message>
            <source>Add calendar file…</source>
            <translation>Tilføj kalenderfil…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove the chosen calendar file</source>
            <translation>Fjern den valgte kalenderfil</translation>
        </message>
        <message>
            <source>Choose a calendar file (.ics)</source>
            <translation>Vælg en kalenderfil (.ics)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>no longer there</source>
            <translation>findes ikke længere</translation>
        </message>
        <message>
            <source>{name}, in {folder}</source>
            <translation>{name}, i {folder}</translation>
        </message>
        <message>
            <source>{name}, in {folder}: no longer there</source>
            <translation>{name}, i {folder}: findes ikke længere</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Din e-mailadresse</translation>
        </message>
        <message>
            <source>name@company.com</source>
            <translation>navn@firma.dk</translation>
        </message>
        <message>
            <source>So meetings you declined are not counted. More than one? Separate them with commas.</source>
            <translation>Så møder, du har takket nej til, ikke tælles med. Har du flere, så adskil dem med komma.</translation>
        </message>
        <message>
            <source>Words in the title</source>
            <translation>Ord i titlen</translation>
        </message>
        <message>
            <source>An event goes to the category whose word begins or ends a word of its title (“vagt” finds “Vagtplan” and “Nattevagt”); the longest match wins. Outlook categories with the same name as yours come first. Separate the words with commas.</source>
            <translation>En aftale går til den kategori, hvis ord står først eller sidst i et ord i titlen (»vagt« finder »Vagtplan« og »Nattevagt«); det længste ord vinder. Outlook-kategorier med samme navn som dine går forud. Adskil ordene med komma.</translation>
        </message>
        <message>
            <source>Words in the title for {category}</source>
            <translation>Ord i titlen for {category}</translation>
        </message>
        <message>
            <source>Add the suggested words</source>
            <translation>Tilføj de foreslåede ord</translation>
        </message>
        <message>
            <source>Add back the suggested Danish and English words that are missing; your own words stay</source>
            <translation>Sæt de foreslåede danske og engelske ord ind igen, som mangler; dine egne ord bliver</translation>
        </message>
    </context>
    <context>
        <name>settings_categories</name>
        <message>
            <source>Operations</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Ledelse</translation>
        </message>
        <message>
            <source>Own work</source>
            <translation>Egne opgaver</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Tæller som</translation>
        </message>
        <message>
            <source>Every category needs a name (at most 200 characters). The change is not saved yet.</source>
            <translation>Hver kategori skal have et navn (højst 200 tegn). Ændringen er ikke gemt endnu.</translation>
        </message>
        <message>
            <source>At least one category must count as leadership – otherwise there is no leadership share to show. The change is not saved yet.</source>
            <translation>Mindst én kategori skal tælle som ledelse – ellers kan ledelsesandelen ikke beregnes. Ændringen er ikke gemt endnu.</translation>
        </message>
    </context>
    <context>
        <name>settings_passphrase_dialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Skift adgangssætning</translation>
        </message>
        <message>
            <source>Type your current passphrase and choose a new one. Your recovery key keeps working, and a passphrase remembered on this computer keeps working too.</source>
            <translation>Skriv din nuværende adgangssætning og vælg en ny. Din gendannelsesnøgle virker fortsat, og en husket adgangssætning på denne computer bliver ved med at virke.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nuværende adgangssætning</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny adgangssætning</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Gentag den nye</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Skift</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Skifter adgangssætningen…</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Try again – nothing was changed.</source>
            <translation>Den nuværende adgangssætning er forkert. Prøv igen – intet er ændret.</translation>
        </message>
        <message>
            <source>The new passphrase cannot be empty.</source>
            <translation>Den nye adgangssætning kan ikke være tom.</translation>
        </message>
        <message>
            <source>My passphrase may be known</source>
            <translation>Min adgangssætning kan være kendt</translation>
        </message>
        <message>
            <source>If someone may know your passphrase: the journal and its backups get a new key and a new passphrase. Afterwards the old passphrase, the old recovery key and a key remembered on this computer no longer open them; you get a new recovery key. Copies someone already has (a backup on a USB stick) still open with the old ones. The journal locks while this runs.</source>
            <translation>Hvis andre kan kende din adgangssætning: dagbogen og dens sikkerhedskopier får en ny nøgle og en ny adgangssætning. Bagefter kan den gamle adgangssætning, den gamle gendannelsesnøgle og en nøgle, der er husket på denne computer, ikke længere åbne dem; du får en ny gendannelsesnøgle. Kopier, som andre allerede har (en sikkerhedskopi på et USB-stik), kan stadig åbnes med de gamle. Dagbogen låses imens.</translation>
        </message>
        <message>
            <source>Encrypt with a new key</source>
            <translation>Krypter med en ny nøgle</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups with a new key…</source>
            <translation>Krypterer dagbogen og dens sikkerhedskopier med en ny nøgle…</translation>
        </message>
        <message>
            <source>The new passphrase must differ from the current one.</source>
            <translation>Den nye adgangssætning skal være forskellig fra den nuværende.</translation>
        </message>
        <message>
            <source>Cancel the new key</source>
            <translation>Annuller den nye nøgle</translation>
        </message>
        <message>
            <source>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {path}` when it is unlocked.</source>
            <translation>Den gamle nøgle ligger stadig i denne computers nøglering (den er låst); kør `wellbeing-desktop forget --data-dir {path}`, når den er låst op.</translation>
        </message>
    </context>
    <context>
        <name>settings_security</name>
        <message>
            <source>Security</source>
            <translation>Sikkerhed</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Lås automatisk efter</translation>
        </message>
        <message>
            <source>without use. 0 turns the automatic lock off.</source>
            <translation>uden brug. 0 slår den automatiske lås fra.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Aldrig</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangssætning</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Skift adgangssætning…</translation>
        </message>
        <message>
            <source>My passphrase may be known…</source>
            <translation>Min adgangssætning kan være kendt…</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one next time you unlock.</source>
            <translation>Adgangssætningen er skiftet. Brug den nye, næste gang du låser op.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Denne computer</translation>
        </message>
        <message>
            <source>Remember on this computer</source>
            <translation>Husk på denne computer</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Glem</translation>
        </message>
        <message>
            <source>The passphrase is remembered in the system keyring: the journal opens without asking.</source>
            <translation>Adgangssætningen huskes i systemets nøglering: dagbogen åbner uden at spørge.</translation>
        </message>
        <message>
            <source>You type the passphrase each time you open the journal.</source>
            <translation>Du skriver adgangssætningen, hver gang du åbner dagbogen.</translation>
        </message>
        <message>
            <source>If you remember it here, anyone logged in to your user account can open the journal.</source>
            <translation>Husker du den her, kan alle, der bruger din brugerkonto på computeren, åbne dagbogen.</translation>
        </message>
        <message>
            <source>Asking the system keyring…</source>
            <translation>Spørger systemets nøglering…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sikkerhedskopier</translation>
        </message>
        <message>
            <source>Latest backup: {when}</source>
            <translation>Seneste sikkerhedskopi: {when}</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>Der er ingen sikkerhedskopi endnu.</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Mappe:</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Åbn mappen</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Lav en sikkerhedskopi nu</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Laver sikkerhedskopi…</translation>
        </message>
        <message>
            <source>The backup was saved.</source>
            <translation>Sikkerhedskopien er gemt.</translation>
        </message>
        <message>
            <source>The journal is backed up automatically once a day when you unlock it. A backup is encrypted like the journal and opens with the same passphrase or recovery key, on another computer too. Backups from the last {days} days and {weeks} weeks are kept.</source>
            <translation>Dagbogen kopieres automatisk én gang om dagen, når du låser op. En kopi er krypteret ligesom dagbogen og åbnes med samme adgangssætning eller gendannelsesnøgle, også på en anden computer. Kopier fra de seneste {days} dage og {weeks} uger gemmes.</translation>
        </message>
    </context>
    <context>
        <name>settings_sources</name>
        <message>
            <source>Sources</source>
            <translation>Kilder</translation>
        </message>
        <message>
            <source>The scales, limits and structures in Leader Pulse rest on these published sources. The sentences under Trends name them in short.</source>
            <translation>Skalaerne, grænserne og strukturerne i Lederpuls bygger på disse offentliggjorte kilder. Sætningerne under Tendenser nævner dem kort.</translation>
        </message>
    </context>
    <context>
        <name>settings_view</name>
        <message>
            <source>Changes are saved at once</source>
            <translation>Ændringer gemmes med det samme</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gemt {time}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke gemt: {reason}</translation>
        </message>
        <message>
            <source>Working hours and goals</source>
            <translation>Arbejdstid og mål</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Ugentlig normtid</translation>
        </message>
        <message>
            <source>37 hours is the usual full-time week in Denmark.</source>
            <translation>37 timer er den almindelige fuldtidsuge i Danmark.</translation>
        </message>
        <message>
            <source> h</source>
            <translation> t</translation>
        </message>
        <message>
            <source>Leadership-share target</source>
            <translation>Mål for ledelsesandel</translation>
        </message>
        <message>
            <source>The target is your own. Research points to no single right split between operations and leadership.</source>
            <translation>Målet er dit eget. Forskningen peger ikke på én rigtig fordeling mellem drift og ledelse.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorier</translation>
        </message>
        <message>
            <source>Your time is split across these categories. The kind decides what counts towards your leadership share. Double-click or press F2 to change; the name is the English one.</source>
            <translation>Din tid fordeles på disse kategorier. Typen afgør, hvad der tæller med i din ledelsesandel. Dobbeltklik eller tryk F2 for at ændre; navnet gælder det danske sprog.</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Påmindelse</translation>
        </message>
        <message>
            <source>Remind me to write at</source>
            <translation>Mind mig om at skrive kl.</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Tidspunkt for påmindelse</translation>
        </message>
        <message>
            <source>On working days (Monday to Friday) a notification comes at this time while Leader Pulse is running, also when it is locked, but not on a day you have already written. Clicking it opens Today.</source>
            <translation>På hverdage (mandag til fredag) kommer en påmindelse på dette tidspunkt, mens Lederpuls kører – også når den er låst, men ikke på en dag, du allerede har skrevet. Klik på den for at åbne I dag.</translation>
        </message>
        <message>
            <source>Keep running in the tray when the window is closed</source>
            <translation>Bliv ved med at køre i meddelelsesområdet, når vinduet lukkes</translation>
        </message>
        <message>
            <source>Lock the journal when the window is closed (what you typed is saved first)</source>
            <translation>Lås dagbogen, når vinduet lukkes (det, du har skrevet, gemmes først)</translation>
        </message>
        <message>
            <source>This desktop shows no tray icons, so closing the window quits Leader Pulse, and the reminder can only mark the window in the task bar.</source>
            <translation>Skrivebordet viser ingen ikoner i meddelelsesområdet, så Lederpuls lukker sammen med vinduet, og påmindelsen kan kun markere vinduet på proceslinjen.</translation>
        </message>
        <message>
            <source>Start Leader Pulse when I log in</source>
            <translation>Start Lederpuls, når jeg logger ind</translation>
        </message>
        <message>
            <source>On this system, add Leader Pulse to the apps that start at login in the system settings.</source>
            <translation>På dette system tilføjer du Lederpuls til de programmer, der starter ved login, i systemindstillingerne.</translation>
        </message>
        <message>
            <source>Could not change {path}.</source>
            <translation>Kunne ikke ændre {path}.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>The whole app switches language at once.</source>
            <translation>Hele appen skifter sprog med det samme.</translation>
        </message>
    </context>
    <context>
        <name>shell</name>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>The app's pages. Arrow keys choose a page; Ctrl+1 to Ctrl+7 jump to one.</source>
            <translation>Appens sider. Piletasterne vælger en side; Ctrl+1 til Ctrl+7 springer direkte til en.</translation>
        </message>
        <message>
            <source>Locks the journal now (Ctrl+L).</source>
            <translation>Låser dagbogen nu (Ctrl+L).</translation>
        </message>
    </context>
    <context>
        <name>snapshot_start</name>
        <message>
            <source>The journal's passphrase or key was changed by another program while it opened.</source>
            <translation>Dagbogens adgangssætning eller nøgle blev ændret af et andet program, mens den åbnede.</translation>
        </message>
        <message>
            <source>Something went wrong while the journal opened ({name}).</source>
            <translation>Noget gik galt, mens dagbogen blev åbnet ({name}).</translation>
        </message>
    </context>
    <context>
        <name>sparring_form</name>
        <message>
            <source>New sparring</source>
            <translation>Ny sparring</translation>
        </message>
        <message>
            <source>Edit sparring</source>
            <translation>Rediger sparring</translation>
        </message>
        <message>
            <source>Which situation would you like to talk through – and with whom?</source>
            <translation>Hvilken situation vil du gerne vende med nogen – og med hvem?</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Med hvem</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>What would you like help with? What came of it?</source>
            <translation>Hvad vil du gerne have hjælp til? Hvad kom der ud af det?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>That date is in the future. Choose today or an earlier date.</source>
            <translation>Datoen ligger i fremtiden. Vælg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>The topic was resolved before this date. Choose an earlier date.</source>
            <translation>Emnet er markeret som løst før denne dato. Vælg en tidligere dato.</translation>
        </message>
        <message>
            <source>The notes are too long.</source>
            <translation>Noterne er for lange.</translation>
        </message>
    </context>
    <context>
        <name>sparring_model</name>
        <message>
            <source>With</source>
            <translation>Med</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>løst</translation>
        </message>
    </context>
    <context>
        <name>sparring_view</name>
        <message>
            <source>Leadership is learnt – and sparring helps most when you face a situation for the first time. Sparring can come from your own leader, HR, the leader group, a leader network, a coach or the health-insurance counselling.</source>
            <translation>Ledelse er noget, man lærer – og sparring hjælper mest, når man står i en ny situation. Sparring kan komme fra din egen leder, HR, ledergruppen, et ledernetværk, en coach eller sundhedsforsikringens rådgivning.</translation>
        </message>
        <message>
            <source>New sparring</source>
            <translation>Ny sparring</translation>
        </message>
        <message>
            <source>Add a topic (Ctrl+N)</source>
            <translation>Tilføj et emne, du vil have sparring på (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open topics</source>
            <translation>Åbne emner</translation>
        </message>
        <message>
            <source>Resolved topics</source>
            <translation>Løste emner</translation>
        </message>
        <message>
            <source>No open topics. Add one with “New sparring” when you face a situation you would like to talk through with someone.</source>
            <translation>Ingen åbne emner. Tilføj et med »Ny sparring«, når du står i en situation, du gerne vil vende med nogen.</translation>
        </message>
        <message>
            <source>No resolved topics yet.</source>
            <translation>Ingen løste emner endnu.</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Marker som løst</translation>
        </message>
        <message>
            <source>Mark the selected topic as resolved today</source>
            <translation>Marker det valgte emne som løst i dag</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Edit the selected topic (or double-click it)</source>
            <translation>Rediger det valgte emne (eller dobbeltklik på det)</translation>
        </message>
        <message>
            <source>Select a topic in the list first.</source>
            <translation>Vælg et emne i listen først.</translation>
        </message>
    </context>
    <context>
        <name>strings</name>
        <message>
            <source>Leader Pulse</source>
            <translation>Lederpuls</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Dagbog</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendenser</translation>
        </message>
        <message>
            <source>Sparring</source>
            <translation>Sparring</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Leader group</source>
            <translation>Ledergruppe</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Lock the journal (Ctrl+L)</source>
            <translation>Lås dagbogen (Ctrl+L)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangssætning</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Gentag adgangssætning</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Forkert adgangssætning. Prøv igen.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De to adgangssætninger er forskellige.</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Keep it somewhere safe.</source>
            <translation>Den eksporterede fil er ikke krypteret. Gem den et sikkert sted.</translation>
        </message>
        <message>
            <source>Too short – use at least 8 characters.</source>
            <translation>For kort – brug mindst 8 tegn.</translation>
        </message>
        <message>
            <source>Strong – a long phrase is hard to guess.</source>
            <translation>Stærk – en lang sætning er svær at gætte.</translation>
        </message>
        <message>
            <source>Good – more words make it stronger still.</source>
            <translation>God – flere ord gør den endnu stærkere.</translation>
        </message>
        <message>
            <source>Weak – try a phrase of four or five words you can remember.</source>
            <translation>Svag – prøv en sætning på fire-fem ord, du kan huske.</translation>
        </message>
        <message>
            <source>No secure system keyring is available on this computer, so the passphrase cannot be remembered. You type it when you open the journal.</source>
            <translation>Der er ingen sikker systemnøglering til rådighed på denne computer, så adgangssætningen kan ikke huskes. Du skriver den, når du åbner dagbogen.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Something went wrong ({name}). Nothing was lost.</source>
            <translation>Noget gik galt ({name}). Intet gik tabt.</translation>
        </message>
    </context>
    <context>
        <name>today.calendar</name>
        <message>
            <source>From your calendar</source>
            <translation>Fra din kalender</translation>
        </message>
        <message>
            <source>{source}: {total} placed, shown in grey below.{unplaced} Time outside your calendar is yours to place.</source>
            <translation>{source}: {total} placeret, vist med gråt nedenfor.{unplaced} Tid uden for kalenderen placerer du selv.</translation>
        </message>
        <message>
            <source> {minutes} in events without a category.</source>
            <translation> {minutes} i begivenheder uden kategori.</translation>
        </message>
        <message>
            <source>Events…</source>
            <translation>Begivenheder…</translation>
        </message>
        <message>
            <source>See the day's events and the category each went to; change one</source>
            <translation>Se dagens begivenheder og den kategori, hver fik; ret en</translation>
        </message>
        <message>
            <source>Your calendar could not be read: {reason}</source>
            <translation>Din kalender kunne ikke læses: {reason}</translation>
        </message>
        <message>
            <source>The day's events</source>
            <translation>Dagens begivenheder</translation>
        </message>
        <message>
            <source>Choose a category for an event and the proposal follows. Nothing is saved until you use the proposal on Today.</source>
            <translation>Vælg en kategori til en begivenhed, så følger forslaget med. Intet gemmes, før du bruger forslaget under I dag.</translation>
        </message>
        <message>
            <source>Placed: {placed}. Without a category: {unplaced}.</source>
            <translation>Placeret: {placed}. Uden kategori: {unplaced}.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Begivenhed</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Talt med</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>all day — not counted</source>
            <translation>hele dagen – tælles ikke</translation>
        </message>
        <message>
            <source>{time} — not counted</source>
            <translation>{time} – tælles ikke</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Ingen kategori</translation>
        </message>
        <message>
            <source>the calendar's category</source>
            <translation>kalenderens kategori</translation>
        </message>
        <message>
            <source>keyword “{keyword}”</source>
            <translation>nøgleord »{keyword}«</translation>
        </message>
        <message>
            <source>chosen by you</source>
            <translation>valgt af dig</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>ingen regel</translation>
        </message>
        <message>
            <source>Remember as rule…</source>
            <translation>Husk som regel…</translation>
        </message>
        <message>
            <source>Place events with these words in their title here from now on</source>
            <translation>Placer fremover begivenheder med disse ord i titlen her</translation>
        </message>
        <message>
            <source>Remember as a rule</source>
            <translation>Husk som regel</translation>
        </message>
        <message>
            <source>Reading your calendar …</source>
            <translation>Læser din kalender…</translation>
        </message>
        <message>
            <source>{minutes} (of {whole})</source>
            <translation>{minutes} (af {whole})</translation>
        </message>
        <message>
            <source>Another meeting overlaps this one: time counts once, for the meeting that started last</source>
            <translation>Et andet møde overlapper dette: tiden tæller én gang, for det møde, der begyndte sidst</translation>
        </message>
        <message>
            <source>The event: “{title}”</source>
            <translation>Begivenheden: »{title}«</translation>
        </message>
        <message>
            <source>Events whose title holds these words go to “{category}” from now on. Keep only the words that say what kind of meeting it is: names are not needed.</source>
            <translation>Begivenheder, hvis titel indeholder disse ord, kommer fremover under »{category}«. Behold kun de ord, der siger, hvad slags møde det er: navne er ikke nødvendige.</translation>
        </message>
        <message>
            <source>Remembered: “{keyword}” goes to {category}. You can change it in Settings.</source>
            <translation>Husket: »{keyword}« kommer under {category}. Du kan rette det under Indstillinger.</translation>
        </message>
        <message>
            <source>Not remembered: {reason}</source>
            <translation>Ikke husket: {reason}</translation>
        </message>
        <message>
            <source>Category for {event}</source>
            <translation>Kategori for {event}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Show the proposal with these categories (Enter); nothing is saved yet</source>
            <translation>Vis forslaget med disse kategorier (Enter); intet gemmes endnu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
    </context>
    <context>
        <name>today.proposal</name>
        <message>
            <source>As a typical {weekday}</source>
            <translation>Som en typisk {weekday}</translation>
        </message>
        <message>
            <source>As yesterday</source>
            <translation>Som i går</translation>
        </message>
        <message>
            <source>As the day before</source>
            <translation>Som dagen før</translation>
        </message>
        <message>
            <source>As on {weekday}</source>
            <translation>Som {weekday}</translation>
        </message>
        <message>
            <source>{source}: {total} in all, shown in grey below. Use it, or change a figure and the rest follows.</source>
            <translation>{source}: {total} i alt, vist med gråt nedenfor. Brug forslaget, eller ret et tal, så følger resten med.</translation>
        </message>
        <message>
            <source>Use the proposal</source>
            <translation>Brug forslaget</translation>
        </message>
        <message>
            <source>Fill in the time as proposed (Enter); it is saved like any change</source>
            <translation>Udfyld tiden som foreslået (Enter); den gemmes som enhver anden ændring</translation>
        </message>
        <message>
            <source>No thanks</source>
            <translation>Nej tak</translation>
        </message>
        <message>
            <source>Hide the proposal for this day (Esc)</source>
            <translation>Skjul forslaget for denne dag (Esc)</translation>
        </message>
    </context>
    <context>
        <name>today.words</name>
        <message>
            <source>Previous day</source>
            <translation>Forrige dag</translation>
        </message>
        <message>
            <source>Previous day (Alt+←)</source>
            <translation>Forrige dag (Alt+←)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Næste dag</translation>
        </message>
        <message>
            <source>Next day (Alt+→)</source>
            <translation>Næste dag (Alt+→)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Gå til i dag (Ctrl+T)</translation>
        </message>
        <message>
            <source>Choose date</source>
            <translation>Vælg dato</translation>
        </message>
        <message>
            <source>WHO-5</source>
            <translation>WHO-5</translation>
        </message>
        <message>
            <source>Check your wellbeing with the WHO-5</source>
            <translation>Tjek din trivsel med WHO-5</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Gemt {time}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
        <message>
            <source>Hours worked on {day} raised to {hours} to cover the time in the categories</source>
            <translation>Arbejdstiden den {day} er sat op til {hours}, så den dækker tiden i kategorierne</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke gemt: {reason}</translation>
        </message>
        <message>
            <source>The day could not be loaded: {reason}</source>
            <translation>Dagen kunne ikke hentes: {reason}</translation>
        </message>
        <message>
            <source>{reason} – the rest is saved</source>
            <translation>{reason} – resten er gemt</translation>
        </message>
        <message>
            <source>The new signal is not added yet: press Enter, or clear the line</source>
            <translation>Det nye signal er ikke tilføjet endnu: tryk Enter, eller slet linjen</translation>
        </message>
        <message>
            <source>It has been a while since your last WHO-5. Five short statements about the last two weeks – it takes a minute.</source>
            <translation>Det er et stykke tid siden din sidste WHO-5. Fem korte udsagn om de sidste to uger – det tager et minut.</translation>
        </message>
        <message>
            <source>Take your first WHO-5: five short statements about how you have been over the last two weeks – it takes a minute.</source>
            <translation>Tag din første WHO-5: fem korte udsagn om, hvordan du har haft det de sidste to uger – det tager et minut.</translation>
        </message>
        <message>
            <source>Take the WHO-5</source>
            <translation>Tag WHO-5</translation>
        </message>
        <message>
            <source>Time today</source>
            <translation>Tid i dag</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>ledelse</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>drift</translation>
        </message>
        <message>
            <source>own work</source>
            <translation>egne opgaver</translation>
        </message>
        <message>
            <source>{share}% leadership · target {target}%</source>
            <translation>{share} % ledelse · mål {target} %</translation>
        </message>
        <message>
            <source>Leadership share · target {target}%</source>
            <translation>Ledelsesandel · mål {target} %</translation>
        </message>
        <message>
            <source>{total} of a normal day of {normal}</source>
            <translation>I alt {total} af en normal dag på {normal}</translation>
        </message>
        <message>
            <source>Week {week}: {share}% leadership — target {target}%</source>
            <translation>Uge {week}: {share} % ledelse – mål {target} %</translation>
        </message>
        <message>
            <source>Week {week}: no time logged yet</source>
            <translation>Uge {week}: ingen tid registreret endnu</translation>
        </message>
        <message>
            <source>Type e.g. 2h30, 150 or 1.5 – arrow up/down changes by a quarter of an hour.</source>
            <translation>Skriv fx 2t30, 150 eller 1,5 – pil op/ned ændrer med et kvarter.</translation>
        </message>
        <message>
            <source>{field}: “{text}” is not saved – type a time from 0 to 24 h, e.g. 2h30, 150 or 1.5.</source>
            <translation>{field}: »{text}« er ikke gemt – skriv en tid fra 0 til 24 t, fx 2t30, 150 eller 1,5.</translation>
        </message>
        <message>
            <source>Where am I today?</source>
            <translation>Hvor er jeg i dag?</translation>
        </message>
        <message>
            <source>Step {n}: {name}</source>
            <translation>Trin {n}: {name}</translation>
        </message>
        <message>
            <source>No step chosen</source>
            <translation>Intet trin valgt</translation>
        </message>
        <message>
            <source>Signals today ({count})</source>
            <translation>Signaler i dag ({count})</translation>
        </message>
        <message>
            <source>body · feelings · thoughts · behaviour</source>
            <translation>krop · følelser · tanker · adfærd</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Krop</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Følelser</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Tanker</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Adfærd</translation>
        </message>
        <message>
            <source>Your own signals</source>
            <translation>Egne signaler</translation>
        </message>
        <message>
            <source>Find a signal · ↓ to the list · Space ticks</source>
            <translation>Find et signal · ↓ til listen · mellemrum sætter flueben</translation>
        </message>
        <message>
            <source>Type to find a signal; Enter ticks the first match. ↓ goes into the list, where the arrows move and Space ticks.</source>
            <translation>Skriv for at finde et signal; Enter sætter flueben ved det første. ↓ går ned i listen, hvor pilene flytter og mellemrum sætter flueben.</translation>
        </message>
        <message>
            <source>+ own signal</source>
            <translation>+ eget signal</translation>
        </message>
        <message>
            <source>New signal</source>
            <translation>Nyt signal</translation>
        </message>
        <message>
            <source>Type the signal and press Enter</source>
            <translation>Skriv signalet og tryk Enter</translation>
        </message>
        <message>
            <source>Demands</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>Add a demand</source>
            <translation>Tilføj krav</translation>
        </message>
        <message>
            <source>Add a resource</source>
            <translation>Tilføj ressource</translation>
        </message>
        <message>
            <source>{action} (Space) · ← goes to the chosen ones, Space removes one</source>
            <translation>{action} (mellemrum) · ← går til de valgte, mellemrum fjerner en</translation>
        </message>
        <message>
            <source>Remove {label}</source>
            <translation>Fjern {label}</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Søg</translation>
        </message>
        <message>
            <source>“{text}” in {field} is not a time (0–24 h)</source>
            <translation>»{text}« i {field} er ikke en tid (0–24 t)</translation>
        </message>
        <message>
            <source>Pick another day in the calendar (Space opens it, arrows move, Enter picks)</source>
            <translation>Vælg en anden dag i kalenderen (mellemrum åbner, pilene flytter, Enter vælger)</translation>
        </message>
        <message>
            <source>Click a step or press 1–5 · ← → move · 0 clears</source>
            <translation>Klik på et trin eller tast 1–5 · ← → flytter · 0 rydder</translation>
        </message>
        <message>
            <source>{n} {name}: {summary}</source>
            <translation>{n} {name}: {summary}</translation>
        </message>
        <message>
            <source>Find a signal</source>
            <translation>Find et signal</translation>
        </message>
        <message>
            <source>{label} – click or press Space to remove</source>
            <translation>{label} – klik eller tast mellemrum for at fjerne</translation>
        </message>
        <message>
            <source>0–10 · type a digit (1 then 0 for 10) or use ← →; Delete clears</source>
            <translation>0–10 · tast et tal (1 og så 0 for 10) eller brug ← →; Delete rydder</translation>
        </message>
        <message>
            <source>Set demands and resources to see the balance.</source>
            <translation>Sæt krav og ressourcer for at se balancen.</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energi</translation>
        </message>
        <message>
            <source>1 low – 5 high</source>
            <translation>1 lav – 5 høj</translation>
        </message>
        <message>
            <source>Press 1–5 or ← →; 0 clears</source>
            <translation>Tast 1–5 eller brug ← →; 0 rydder</translation>
        </message>
        <message>
            <source>Energy {n}</source>
            <translation>Energi {n}</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Refleksion</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Brug</translation>
        </message>
        <message>
            <source>Insert the question as a heading</source>
            <translation>Sæt spørgsmålet ind som overskrift</translation>
        </message>
        <message>
            <source>↻ Another</source>
            <translation>↻ Et andet</translation>
        </message>
        <message>
            <source>Show another question</source>
            <translation>Vis et andet spørgsmål</translation>
        </message>
        <message>
            <source>Today's question</source>
            <translation>Dagens spørgsmål</translation>
        </message>
        <message>
            <source>A few lines about the day – only for you, unless you choose otherwise below.</source>
            <translation>Et par linjer om dagen – kun for dig, medmindre du vælger andet nedenfor.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>#budget #team</source>
            <translation>#budget #team</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Deling</translation>
        </message>
        <message>
            <source>Press 1–3 or ← → to choose</source>
            <translation>Tast 1–3 eller brug ← → for at vælge</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Private: only you see this reflection. It never goes into a draft.</source>
            <translation>Privat: kun du ser refleksionen. Den kommer aldrig med i et udkast.</translation>
        </message>
        <message>
            <source>1:1: may be suggested in the draft for your 1:1. You see everything before anything is shared.</source>
            <translation>1:1: må foreslås i udkastet til din 1:1. Du ser alt, før noget deles.</translation>
        </message>
        <message>
            <source>Coach: may be suggested in a summary for your coach. You see everything before anything is shared.</source>
            <translation>Coach: må foreslås i en opsummering til din coach. Du ser alt, før noget deles.</translation>
        </message>
        <message>
            <source>Over 24 h in total</source>
            <translation>Over 24 t i alt</translation>
        </message>
        <message>
            <source>Tags may only have letters, digits, - and _</source>
            <translation>Tags må kun have bogstaver, tal, - og _</translation>
        </message>
        <message>
            <source>The signal needs a name</source>
            <translation>Signalet skal have et navn</translation>
        </message>
        <message>
            <source>This day was also changed in another program or window; both texts are kept in the reflection.</source>
            <translation>Dagen blev også ændret i et andet program eller vindue; begge tekster er bevaret i refleksionen.</translation>
        </message>
        <message>
            <source>This day was also changed in another program or window; what you entered here was kept for: {fields}.</source>
            <translation>Dagen blev også ændret i et andet program eller vindue; det, du skrev her, blev beholdt for: {fields}.</translation>
        </message>
        <message>
            <source>What you entered here was also kept for: {fields}.</source>
            <translation>Det, du skrev her, blev også beholdt for: {fields}.</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>hours worked</source>
            <translation>arbejdstimer</translation>
        </message>
        <message>
            <source>stress step</source>
            <translation>stresstrin</translation>
        </message>
        <message>
            <source>demands</source>
            <translation>krav</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>ressourcer</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energi</translation>
        </message>
        <message>
            <source>sharing (now private)</source>
            <translation>deling (nu privat)</translation>
        </message>
        <message>
            <source>Show all {n}</source>
            <translation>Vis alle {n}</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Vis færre</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>{n} mere</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>Færre</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>Bring in and take out</source>
            <translation>Flyt ind og ud</translation>
        </message>
        <message>
            <source>Bring along what you wrote in another journal app, or take everything with you as plain Markdown files that any notes app can open.</source>
            <translation>Tag det med, du har skrevet i en anden dagbogsapp, eller tag det hele med ud som almindelige Markdown-filer, som alle noteapps kan åbne.</translation>
        </message>
        <message>
            <source>Import from another journal…</source>
            <translation>Importer fra en anden dagbog…</translation>
        </message>
        <message>
            <source>jrnl, Day One, Daylio, a folder of daily notes, or a Leader Pulse export.</source>
            <translation>jrnl, Day One, Daylio, en mappe med dagsnoter eller en eksport fra Lederpuls.</translation>
        </message>
        <message>
            <source>Export everything as Markdown…</source>
            <translation>Eksporter det hele som Markdown…</translation>
        </message>
        <message>
            <source>A new folder with a file for each day, each 1:1, each sparring topic and the WHO-5 check-ins. Leader Pulse can import the days again, with their figures; the 1:1s, sparring and WHO-5 are for reading (a JSON export moves a whole journal).</source>
            <translation>En ny mappe med en fil for hver dag, hver 1:1-samtale, hvert sparringsemne og WHO-5-målingerne. Lederpuls kan importere dagene igen med deres tal; 1:1-samtaler, sparring og WHO-5 er til at læse (en JSON-eksport flytter en hel dagbog).</translation>
        </message>
        <message>
            <source>The exported files are not encrypted. Keep them somewhere safe.</source>
            <translation>De eksporterede filer er ikke krypteret. Gem dem et sikkert sted.</translation>
        </message>
        <message>
            <source>Where should the folder go? The exported files are not encrypted.</source>
            <translation>Hvor skal mappen ligge? De eksporterede filer er ikke krypteret.</translation>
        </message>
        <message>
            <source>Leader Pulse {date}</source>
            <translation>Lederpuls {date}</translation>
        </message>
        <message>
            <source>Writing the Markdown files…</source>
            <translation>Skriver Markdown-filerne…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Åbn mappen</translation>
        </message>
        <message>
            <source>A folder named {name} is there already. Nothing was written.</source>
            <translation>Der findes allerede en mappe med navnet {name}. Intet blev skrevet.</translation>
        </message>
        <message>
            <source>Nothing was written: {reason}</source>
            <translation>Intet blev skrevet: {reason}</translation>
        </message>
        <message>
            <source>{n} day</source>
            <translation>{n} dag</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} dage</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} indlæg</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} indlæg</translation>
        </message>
        <message>
            <source>{n} 1:1 meeting</source>
            <translation>{n} 1:1-samtale</translation>
        </message>
        <message>
            <source>{n} 1:1 meetings</source>
            <translation>{n} 1:1-samtaler</translation>
        </message>
        <message>
            <source>{n} sparring topic</source>
            <translation>{n} sparringsemne</translation>
        </message>
        <message>
            <source>{n} sparring topics</source>
            <translation>{n} sparringsemner</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-in</source>
            <translation>{n} WHO-5-måling</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-ins</source>
            <translation>{n} WHO-5-målinger</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>og {n} mere</translation>
        </message>
        <message>
            <source>Import from another journal</source>
            <translation>Importer fra en anden dagbog</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Vælg en fil…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Vælg en mappe…</translation>
        </message>
        <message>
            <source>jrnl: jrnl --format json &gt; jrnl.json</source>
            <translation>jrnl: jrnl --format json &gt; jrnl.json</translation>
        </message>
        <message>
            <source>Day One: File › Export › JSON (.zip or .json)</source>
            <translation>Day One: Arkiv › Eksporter › JSON (.zip eller .json)</translation>
        </message>
        <message>
            <source>Daylio: More › Export entries › CSV</source>
            <translation>Daylio: Mere › Eksporter indlæg › CSV</translation>
        </message>
        <message>
            <source>Leader Pulse: a JSON export of a journal</source>
            <translation>Lederpuls: en JSON-eksport af en dagbog</translation>
        </message>
        <message>
            <source>Obsidian or other Markdown: the folder of daily notes (2026-11-20.md)</source>
            <translation>Obsidian eller anden Markdown: mappen med dagsnoter (2026-11-20.md)</translation>
        </message>
        <message>
            <source>Choose the export of your other journal</source>
            <translation>Vælg eksporten fra din anden dagbog</translation>
        </message>
        <message>
            <source>Choose the folder of daily notes</source>
            <translation>Vælg mappen med dagsnoter</translation>
        </message>
        <message>
            <source>Journal exports</source>
            <translation>Dagbogseksporter</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle filer</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Valgt</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Lavet med</translation>
        </message>
        <message>
            <source>jrnl</source>
            <translation>jrnl</translation>
        </message>
        <message>
            <source>Day One</source>
            <translation>Day One</translation>
        </message>
        <message>
            <source>Daylio</source>
            <translation>Daylio</translation>
        </message>
        <message>
            <source>Markdown daily notes (Obsidian and others)</source>
            <translation>Markdown-dagsnoter (Obsidian m.fl.)</translation>
        </message>
        <message>
            <source>Leader Pulse (JSON export)</source>
            <translation>Lederpuls (JSON-eksport)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Læser…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerer…</translation>
        </message>
        <message>
            <source>Import {entries}</source>
            <translation>Importer {entries}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>{entries} from {span}, on {days}</source>
            <translation>{entries} fra {span}, fordelt på {days}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>Ingen tags</translation>
        </message>
        <message>
            <source>New own signals, demands or resources: {labels}</source>
            <translation>Nye egne signaler, krav eller ressourcer: {labels}</translation>
        </message>
        <message>
            <source>No entries found in {name}.</source>
            <translation>Ingen indlæg fundet i {name}.</translation>
        </message>
        <message>
            <source>Careful: 1 day you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make that day private in Today first if the text should stay private.</source>
            <translation>Pas på: 1 dag, som du deler (1:1 eller coach), vil få privat tekst fra filen, og den bliver delt med dem: {dates}. Gør den dag privat under I dag først, hvis teksten skal forblive privat.</translation>
        </message>
        <message>
            <source>Careful: {n} days you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make those days private in Today first if the text should stay private.</source>
            <translation>Pas på: {n} dage, som du deler (1:1 eller coach), vil få privat tekst fra filen, og den bliver delt med dem: {dates}. Gør de dage private under I dag først, hvis teksten skal forblive privat.</translation>
        </message>
        <message>
            <source>Careful: the file brings 1 day shared (1:1 or coach) as a new day: {dates}. Its text is shared with them. If it should stay private, make that day private in Today after the import.</source>
            <translation>Pas på: filen har 1 dag, der er delt (1:1 eller coach), som ny dag: {dates}. Teksten på den dag bliver delt. Skal den forblive privat, så gør den dag privat under I dag efter importen.</translation>
        </message>
        <message>
            <source>Careful: the file brings {n} days shared (1:1 or coach) as new days: {dates}. Their text is shared with them. If it should stay private, make those days private in Today after the import.</source>
            <translation>Pas på: filen har {n} dage, der er delt (1:1 eller coach), som nye dage: {dates}. Teksten på de dage bliver delt. Skal den forblive privat, så gør de dage private under I dag efter importen.</translation>
        </message>
        <message>
            <source>see the list below</source>
            <translation>se listen nedenfor</translation>
        </message>
        <message>
            <source>The journal as it was before the import is kept as a backup ({name}, in the backups folder): restoring it undoes the import.</source>
            <translation>Dagbogen, som den var før importen, er gemt som sikkerhedskopi ({name} i mappen med sikkerhedskopier): gendanner du den, er importen fortrudt.</translation>
        </message>
        <message>
            <source>{n} entry dated after today (import the file again then)</source>
            <translation>{n} indlæg dateret efter i dag (importer filen igen den dag)</translation>
        </message>
        <message>
            <source>{n} entries dated after today (import the file again then)</source>
            <translation>{n} indlæg dateret efter i dag (importer filen igen den dag)</translation>
        </message>
        <message>
            <source>{what} is for reading and is not imported.</source>
            <translation>{what} er til at læse og importeres ikke.</translation>
        </message>
        <message>
            <source>{what} are for reading and are not imported.</source>
            <translation>{what} er til at læse og importeres ikke.</translation>
        </message>
        <message>
            <source>{first} and {last} are for reading and are not imported.</source>
            <translation>{first} og {last} er til at læse og importeres ikke.</translation>
        </message>
        <message>
            <source>What you wrote is added to the reflection of its day, after what is there. A new day is private, unless the file is our own export and says the day is shared. Nothing is changed until you press Import.</source>
            <translation>Det, du har skrevet, lægges til dagens refleksion efter det, der står der. En ny dag er privat, medmindre filen er vores egen eksport og siger, at dagen er delt. Intet ændres, før du trykker Importer.</translation>
        </message>
        <message>
            <source>Saved {days}, {meetings}, {topics} and {checkins} in the folder {path}.</source>
            <translation>Gemt: {days}, {meetings}, {topics} og {checkins} i mappen {path}.</translation>
        </message>
        <message>
            <source>Already in the journal (the text goes after what is there): {days}: {dates}</source>
            <translation>Allerede i dagbogen (teksten lægges efter det, der står): {days}: {dates}</translation>
        </message>
        <message>
            <source>Left out (the journal cannot hold it): {what}</source>
            <translation>Udeladt (dagbogen kan ikke rumme det): {what}</translation>
        </message>
        <message>
            <source>Not taken: {what}</source>
            <translation>Ikke taget med: {what}</translation>
        </message>
        <message>
            <source>{entries} imported before: they are passed over</source>
            <translation>{entries} er importeret før og springes over</translation>
        </message>
        <message>
            <source>Nothing new to import: everything in this file is in the journal already.</source>
            <translation>Intet nyt at importere: alt i filen er allerede i dagbogen.</translation>
        </message>
        <message>
            <source>The file holds {days}, {meetings}, {topics} and {checkins}.</source>
            <translation>Filen indeholder {days}, {meetings}, {topics} og {checkins}.</translation>
        </message>
        <message>
            <source>Everything is added at once. If the journal already has one of the file's days, nothing is imported.</source>
            <translation>Det hele lægges ind på én gang. Har dagbogen allerede en af filens dage, importeres intet.</translation>
        </message>
        <message>
            <source>Imported {entries} on {days}.</source>
            <translation>Importeret: {entries} på {days}.</translation>
        </message>
        <message>
            <source>Imported {days}, {meetings}, {topics} and {checkins}.</source>
            <translation>Importeret: {days}, {meetings}, {topics} og {checkins}.</translation>
        </message>
        <message>
            <source>{n} photo</source>
            <translation>{n} foto</translation>
        </message>
        <message>
            <source>{n} photos</source>
            <translation>{n} fotos</translation>
        </message>
        <message>
            <source>{n} video</source>
            <translation>{n} video</translation>
        </message>
        <message>
            <source>{n} videos</source>
            <translation>{n} videoer</translation>
        </message>
        <message>
            <source>{n} sound recording</source>
            <translation>{n} lydoptagelse</translation>
        </message>
        <message>
            <source>{n} sound recordings</source>
            <translation>{n} lydoptagelser</translation>
        </message>
        <message>
            <source>{n} attached file</source>
            <translation>{n} vedhæftet fil</translation>
        </message>
        <message>
            <source>{n} attached files</source>
            <translation>{n} vedhæftede filer</translation>
        </message>
        <message>
            <source>{n} location</source>
            <translation>{n} sted</translation>
        </message>
        <message>
            <source>{n} locations</source>
            <translation>{n} steder</translation>
        </message>
        <message>
            <source>weather on {n} entry</source>
            <translation>vejret på {n} indlæg</translation>
        </message>
        <message>
            <source>weather on {n} entries</source>
            <translation>vejret på {n} indlæg</translation>
        </message>
        <message>
            <source>{n} activity that cannot be a tag (only an emoji)</source>
            <translation>{n} aktivitet, der ikke kan være et tag (kun en emoji)</translation>
        </message>
        <message>
            <source>{n} activities that cannot be a tag (only emoji)</source>
            <translation>{n} aktiviteter, der ikke kan være tags (kun emoji)</translation>
        </message>
        <message>
            <source>{n} mood that cannot be a tag (only an emoji)</source>
            <translation>{n} humør, der ikke kan være et tag (kun en emoji)</translation>
        </message>
        <message>
            <source>{n} moods that cannot be a tag (only emoji)</source>
            <translation>{n} humør, der ikke kan være tags (kun emoji)</translation>
        </message>
        <message>
            <source>the star on {n} entry (not kept)</source>
            <translation>stjernen på {n} indlæg (gemmes ikke)</translation>
        </message>
        <message>
            <source>the stars on {n} entries (not kept)</source>
            <translation>stjernerne på {n} indlæg (gemmes ikke)</translation>
        </message>
        <message>
            <source>{n} file that is not a daily note</source>
            <translation>{n} fil, der ikke er en dagsnote</translation>
        </message>
        <message>
            <source>{n} files that are not daily notes</source>
            <translation>{n} filer, der ikke er dagsnoter</translation>
        </message>
        <message>
            <source>figures of {n} day already in the journal (kept as they are)</source>
            <translation>tal for {n} dag, der allerede er i dagbogen (beholdes, som de er)</translation>
        </message>
        <message>
            <source>figures of {n} days already in the journal (kept as they are)</source>
            <translation>tal for {n} dage, der allerede er i dagbogen (beholdes, som de er)</translation>
        </message>
        <message>
            <source>figures of {n} second file of the same day</source>
            <translation>tal fra {n} fil nummer to for samme dag</translation>
        </message>
        <message>
            <source>figures of {n} second files of the same day</source>
            <translation>tal fra {n} filer nummer to for samme dag</translation>
        </message>
        <message>
            <source>{n} time figure under a category this journal does not have</source>
            <translation>{n} tidsangivelse under en kategori, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>{n} time figures under categories this journal does not have</source>
            <translation>{n} tidsangivelser under kategorier, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>{n} 1:1 note</source>
            <translation>{n} 1:1-note</translation>
        </message>
        <message>
            <source>{n} 1:1 notes</source>
            <translation>{n} 1:1-noter</translation>
        </message>
        <message>
            <source>{n} WHO-5 page</source>
            <translation>{n} WHO-5-side</translation>
        </message>
        <message>
            <source>{n} WHO-5 pages</source>
            <translation>{n} WHO-5-sider</translation>
        </message>
        <message>
            <source>{n} README</source>
            <translation>{n} LÆS MIG-fil</translation>
        </message>
        <message>
            <source>{n} README files</source>
            <translation>{n} LÆS MIG-filer</translation>
        </message>
        <message>
            <source>{n} signal, demand or resource this journal does not have</source>
            <translation>{n} signal, krav eller ressource, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>{n} signals, demands or resources this journal does not have</source>
            <translation>{n} signaler, krav eller ressourcer, denne dagbog ikke har</translation>
        </message>
        <message>
            <source>{name}: {n}</source>
            <translation>{name}: {n}</translation>
        </message>
        <message>
            <source>{path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or choose its app under “{box}”); nothing was imported.</source>
            <translation>{path} er ikke en eksport, som appen kan læse: en .json-fil fra jrnl eller Day One, en .zip-fil fra Day One, en .csv-fil fra Daylio eller en mappe med Markdown-noter (eller vælg appen under »{box}«); intet blev importeret.</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Open Leader Pulse</source>
            <translation>Åbn Lederpuls</translation>
        </message>
        <message>
            <source>Today's reflection</source>
            <translation>Dagens refleksion</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Afslut</translation>
        </message>
        <message>
            <source>Time for today's reflection</source>
            <translation>Tid til dagens refleksion</translation>
        </message>
        <message>
            <source>A minute is enough. Click to open Today.</source>
            <translation>Et minut er nok. Klik for at åbne I dag.</translation>
        </message>
        <message>
            <source>Leader Pulse keeps running here. Quit from this icon's menu.</source>
            <translation>Lederpuls kører videre her. Afslut fra ikonets menu.</translation>
        </message>
    </context>
    <context>
        <name>trends_insights</name>
        <message>
            <source>Worth a look</source>
            <translation>Værd at se på</translation>
        </message>
        <message>
            <source>Good news</source>
            <translation>Godt nyt</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Kilde: {source}</translation>
        </message>
        <message>
            <source>{period} · Source: {source}</source>
            <translation>{period} · Kilde: {source}</translation>
        </message>
        <message>
            <source>Nothing stands out in this period – the numbers are in the charts below.</source>
            <translation>Intet springer i øjnene i perioden – tallene er i diagrammerne herunder.</translation>
        </message>
        <message>
            <source>Reading the period…</source>
            <translation>Læser perioden…</translation>
        </message>
    </context>
    <context>
        <name>trends_view</name>
        <message>
            <source>Range</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 uger</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Vælg selv</translation>
        </message>
        <message>
            <source>Show per</source>
            <translation>Vis pr.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Uge</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Vis som tabel</translation>
        </message>
        <message>
            <source>Show the numbers behind each chart as a table</source>
            <translation>Vis tallene bag hvert diagram som en tabel</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Henter…</translation>
        </message>
        <message>
            <source>{start} – {end} · {days}</source>
            <translation>{start} – {end} · {days}</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} dage registreret</translation>
        </message>
        <message>
            <source>1 day logged</source>
            <translation>1 dag registreret</translation>
        </message>
        <message>
            <source>No days logged in this period yet. Choose a longer range, or log a day in Today.</source>
            <translation>Ingen dage registreret i perioden endnu. Vælg en længere periode, eller registrer en dag under I dag.</translation>
        </message>
        <message>
            <source>What the numbers show</source>
            <translation>Det viser tallene</translation>
        </message>
        <message>
            <source>Hover over a chart for the exact numbers; click a period to open it in the journal. By keyboard: Enter on a chart shows its table.</source>
            <translation>Hold musen over et diagram for de præcise tal; klik på en periode for at åbne den i dagbogen. Med tastaturet: Enter på et diagram viser tabellen.</translation>
        </message>
    </context>
    <context>
        <name>unlock_view</name>
        <message>
            <source>Enter your passphrase to open your journal.</source>
            <translation>Skriv din adgangssætning for at åbne din dagbog.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås op</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Låser op…</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Glemt adgangssætningen?</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation>Brug din gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you created the journal, and choose a new passphrase. The key keeps working afterwards.</source>
            <translation>Skriv gendannelsesnøglen, du fik, da du oprettede dagbogen, og vælg en ny adgangssætning. Nøglen virker fortsat bagefter.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny adgangssætning</translation>
        </message>
        <message>
            <source>Set new passphrase and open</source>
            <translation>Sæt ny adgangssætning og åbn</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbage</translation>
        </message>
        <message>
            <source>That recovery key does not fit. Check it and try again.</source>
            <translation>Gendannelsesnøglen passer ikke. Tjek den og prøv igen.</translation>
        </message>
    </context>
    <context>
        <name>welcome_view</name>
        <message>
            <source>Welcome to Leader Pulse</source>
            <translation>Velkommen til Lederpuls</translation>
        </message>
        <message>
            <source>Leader Pulse is your private journal as a leader: in a couple of minutes at the end of the day you note how your time split between operations and leadership, where you are on the stress staircase, and what is on your mind. Over weeks and months you see your own pattern and prepare your 1:1s. Everything stays encrypted on this computer – no one else can read it.</source>
            <translation>Lederpuls er din private dagbog som leder: på et par minutter ved dagens slutning noterer du, hvordan tiden fordelte sig mellem drift og ledelse, hvor du er på stresstrappen, og hvad du tænker. Over uger og måneder ser du dit eget mønster og forbereder dine 1:1-samtaler. Alt bliver krypteret på denne computer – ingen andre kan læse det.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Choose a passphrase – ideally a phrase of several words you can remember.</source>
            <translation>Vælg en adgangssætning – gerne en sætning på flere ord, du kan huske.</translation>
        </message>
        <message>
            <source>Remember the passphrase on this computer (the system keyring)</source>
            <translation>Husk adgangssætningen på denne computer (systemets nøglering)</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Opret dagbog</translation>
        </message>
        <message>
            <source>Creating your encrypted journal…</source>
            <translation>Opretter din krypterede dagbog…</translation>
        </message>
    </context>
    <context>
        <name>who5_dialog</name>
        <message>
            <source>WHO-5 Well-Being Index</source>
            <translation>WHO-5 Trivselsindeks</translation>
        </message>
        <message>
            <source>Five short statements about how you have been. For each, choose the answer that fits best. The score is for your own reflection – not a diagnosis.</source>
            <translation>Fem korte udsagn om, hvordan du har haft det. Vælg for hvert udsagn det svar, der passer bedst. Scoren er til din egen refleksion – ikke en diagnose.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Answer all five statements to see your score ({n} of 5 answered).</source>
            <translation>Besvar alle fem udsagn for at se din score ({n} af 5 besvaret).</translation>
        </message>
        <message>
            <source>Your score</source>
            <translation>Din score</translation>
        </message>
        <message>
            <source>out of 100</source>
            <translation>af 100</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score has risen by {diff} points – a clear change.</source>
            <translation>Siden sidst ({day}: {before}) er din score steget med {diff} point – en tydelig ændring.</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score has fallen by {diff} points – a clear change.</source>
            <translation>Siden sidst ({day}: {before}) er din score faldet med {diff} point – en tydelig ændring.</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score is about the same.</source>
            <translation>Siden sidst ({day}: {before}) er din score omtrent den samme.</translation>
        </message>
        <message>
            <source>You already have a check-in on this day; saving replaces it.</source>
            <translation>Du har allerede en måling denne dag; den bliver erstattet, når du gemmer.</translation>
        </message>
        <message>
            <source>That date is in the future. Choose today or an earlier date.</source>
            <translation>Datoen ligger i fremtiden. Vælg i dag eller en tidligere dato.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Saved. Your WHO-5 score is {score} of 100.</source>
            <translation>Gemt. Din WHO-5-score er {score} af 100.</translation>
        </message>
        <message>
            <source>Thank you for taking a moment to check in with yourself.</source>
            <translation>Tak, fordi du tog et øjeblik til at mærke efter.</translation>
        </message>
    </context>
</TS>
