<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>calendar_names</name>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Month: {month}</source>
            <translation>Month: {month}</translation>
        </message>
        <message>
            <source>Year: {year}</source>
            <translation>Year: {year}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Days of {month}</source>
            <translation>Days of {month}</translation>
        </message>
    </context>
    <context>
        <name>charts.figures</name>
        <message>
            <source>{series} on {n} of {total} days: from {low} to {high}</source>
            <translation>{series} on {n} of {total} days: from {low} to {high}</translation>
        </message>
        <message>
            <source>{series} in {n} of {total} weeks: from {low} to {high}</source>
            <translation>{series} in {n} of {total} weeks: from {low} to {high}</translation>
        </message>
        <message>
            <source>{series} in {n} of {total} months: from {low} to {high}</source>
            <translation>{series} in {n} of {total} months: from {low} to {high}</translation>
        </message>
        <message>
            <source>Latest – {period}: {figures}</source>
            <translation>Latest – {period}: {figures}</translation>
        </message>
        <message>
            <source>Nothing logged in the period shown</source>
            <translation>Nothing logged in the period shown</translation>
        </message>
        <message>
            <source>Enter shows the numbers as a table</source>
            <translation>Enter shows the numbers as a table</translation>
        </message>
        <message>
            <source>Enter on a row opens it in the journal</source>
            <translation>Enter on a row opens it in the journal</translation>
        </message>
    </context>
    <context>
        <name>charts.heatmap</name>
        <message>
            <source>Stress step</source>
            <translation>Stress step</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Leadership share</translation>
        </message>
        <message>
            <source>Colour the days by</source>
            <translation>Colour the days by</translation>
        </message>
        <message>
            <source>Show year</source>
            <translation>Show year</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>No value</source>
            <translation>No value</translation>
        </message>
        <message>
            <source>Step {n}: {name}</source>
            <translation>Step {n}: {name}</translation>
        </message>
        <message>
            <source>Leadership share {share}</source>
            <translation>Leadership share {share}</translation>
        </message>
    </context>
    <context>
        <name>charts.period_charts</name>
        <message>
            <source>No WHO-5 check-ins in this period. You can take one from Today.</source>
            <translation>No WHO-5 check-ins in this period. You can take one from Today.</translation>
        </message>
    </context>
    <context>
        <name>charts.words</name>
        <message>
            <source>Time split</source>
            <translation>Time split</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>Hours worked</translation>
        </message>
        <message>
            <source>Stress staircase</source>
            <translation>Stress staircase</translation>
        </message>
        <message>
            <source>Demands and resources</source>
            <translation>Demands and resources</translation>
        </message>
        <message>
            <source>WHO-5 wellbeing</source>
            <translation>WHO-5 wellbeing</translation>
        </message>
        <message>
            <source>The year day by day</source>
            <translation>The year day by day</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Leadership share (%)</source>
            <translation>Leadership share (%)</translation>
        </message>
        <message>
            <source>Step (1–5)</source>
            <translation>Step (1–5)</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signals</translation>
        </message>
        <message>
            <source>Mean (0–10)</source>
            <translation>Mean (0–10)</translation>
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation>Score (0–100)</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>Own work</source>
            <translation>Own work</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Leadership share</translation>
        </message>
        <message>
            <source>Target {target}%</source>
            <translation>Target {target}%</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Above the norm</source>
            <translation>Above the norm</translation>
        </message>
        <message>
            <source>Norm ({norm} h/week)</source>
            <translation>Norm ({norm} h/week)</translation>
        </message>
        <message>
            <source>Norm ({norm} h per weekday)</source>
            <translation>Norm ({norm} h per weekday)</translation>
        </message>
        <message>
            <source>Mean step</source>
            <translation>Mean step</translation>
        </message>
        <message>
            <source>Highest step</source>
            <translation>Highest step</translation>
        </message>
        <message>
            <source>Signals noticed</source>
            <translation>Signals noticed</translation>
        </message>
        <message>
            <source>Steps 3–5</source>
            <translation>Steps 3–5</translation>
        </message>
        <message>
            <source>Demands</source>
            <translation>Demands</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Demands larger</source>
            <translation>Demands larger</translation>
        </message>
        <message>
            <source>Resources larger</source>
            <translation>Resources larger</translation>
        </message>
        <message>
            <source>WHO-5 score</source>
            <translation>WHO-5 score</translation>
        </message>
        <message>
            <source>50: lower wellbeing</source>
            <translation>50: lower wellbeing</translation>
        </message>
        <message>
            <source>28: low wellbeing</source>
            <translation>28: low wellbeing</translation>
        </message>
        <message>
            <source>Nothing logged</source>
            <translation>Nothing logged</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>{share} (target {target}%)</source>
            <translation>{share} (target {target}%)</translation>
        </message>
        <message>
            <source>{worked} of a norm of {norm}</source>
            <translation>{worked} of a norm of {norm}</translation>
        </message>
        <message>
            <source>{hours} above the norm</source>
            <translation>{hours} above the norm</translation>
        </message>
        <message>
            <source>{hours} below the norm</source>
            <translation>{hours} below the norm</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Mean step {mean}</source>
            <translation>Mean step {mean}</translation>
        </message>
        <message>
            <source>Highest step {step} {name}</source>
            <translation>Highest step {step} {name}</translation>
        </message>
        <message>
            <source>{n} signals noticed</source>
            <translation>{n} signals noticed</translation>
        </message>
        <message>
            <source>Days with a step</source>
            <translation>Days with a step</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} days logged</translation>
        </message>
        <message>
            <source>1 day logged</source>
            <translation>1 day logged</translation>
        </message>
        <message>
            <source>Demands {value}</source>
            <translation>Demands {value}</translation>
        </message>
        <message>
            <source>Resources {value}</source>
            <translation>Resources {value}</translation>
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
            <translation>Meaning</translation>
        </message>
        <message>
            <source>above 50</source>
            <translation>above 50</translation>
        </message>
        <message>
            <source>50 or below: lower wellbeing</source>
            <translation>50 or below: lower wellbeing</translation>
        </message>
        <message>
            <source>28 or below: low wellbeing</source>
            <translation>28 or below: low wellbeing</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Click to open in the journal</source>
            <translation>Click to open in the journal</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Save as PNG/SVG…</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Saved to {path}. The file is not encrypted – keep it somewhere safe.</source>
            <translation>Saved to {path}. The file is not encrypted – keep it somewhere safe.</translation>
        </message>
        <message>
            <source>The chart was not saved: {reason}</source>
            <translation>The chart was not saved: {reason}</translation>
        </message>
        <message>
            <source>{chart} as a table</source>
            <translation>{chart} as a table</translation>
        </message>
        <message>
            <source>{chart} – chart</source>
            <translation>{chart} – chart</translation>
        </message>
        <message>
            <source>wk</source>
            <translation>wk</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Backed up to {file}.</translation>
        </message>
        <message>
            <source>Put back the key file of {file} beside the journal in {folder}.</source>
            <translation>Put back the key file of {file} beside the journal in {folder}.</translation>
        </message>
        <message>
            <source>Restored the journal in {folder} from {file}.</source>
            <translation>Restored the journal in {folder} from {file}.</translation>
        </message>
        <message>
            <source>The journal that was there is kept as {file}.</source>
            <translation>The journal that was there is kept as {file}.</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>operations</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>leadership</translation>
        </message>
        <message>
            <source>own</source>
            <translation>own</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Time outside these events is not in the calendar: add it yourself.</source>
            <translation>Time outside these events is not in the calendar: add it yourself.</translation>
        </message>
        <message>
            <source>{n} calendar file</source>
            <translation>{n} calendar file</translation>
        </message>
        <message>
            <source>{n} calendar files</source>
            <translation>{n} calendar files</translation>
        </message>
        <message>
            <source>Calendar for {day} ({weekday}), from {source}</source>
            <translation>Calendar for {day} ({weekday}), from {source}</translation>
        </message>
        <message>
            <source>No events in the calendar on this day: nothing to propose.</source>
            <translation>No events in the calendar on this day: nothing to propose.</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>In all</translation>
        </message>
        <message>
            <source>Minutes per category</source>
            <translation>Minutes per category</translation>
        </message>
        <message>
            <source>Minutes per kind</source>
            <translation>Minutes per kind</translation>
        </message>
        <message>
            <source>Events (local time)</source>
            <translation>Events (local time)</translation>
        </message>
        <message>
            <source>"… of …": that event overlapped one that started later; time counts once.</source>
            <translation>"… of …": that event overlapped one that started later; time counts once.</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <source>all day</source>
            <translation>all day</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>not counted</translation>
        </message>
        <message>
            <source>not counted (24 h or more)</source>
            <translation>not counted (24 h or more)</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} of {whole}</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>Logged {day} from the calendar:</source>
            <translation>Logged {day} from the calendar:</translation>
        </message>
        <message>
            <source>your option</source>
            <translation>your option</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>calendar</translation>
        </message>
        <message>
            <source>Kept as the day held them: {held}.</source>
            <translation>Kept as the day held them: {held}.</translation>
        </message>
        <message>
            <source>Unassigned: {time} of events went to no category and were not logged ('calendar show' lists them; keywords are in Settings).</source>
            <translation>Unassigned: {time} of events went to no category and were not logged ('calendar show' lists them; keywords are in Settings).</translation>
        </message>
        <message>
            <source>the output is closed (nowhere to write); nothing was done</source>
            <translation>the output is closed (nowhere to write); nothing was done</translation>
        </message>
        <message>
            <source>cannot use {file}: {reason}</source>
            <translation>cannot use {file}: {reason}</translation>
        </message>
        <message>
            <source>cannot use: {reason}</source>
            <translation>cannot use: {reason}</translation>
        </message>
        <message>
            <source>interrupted; nothing more was changed.</source>
            <translation>interrupted; nothing more was changed.</translation>
        </message>
        <message>
            <source>unexpected error ({type}); nothing more was changed. Run with {variable}=1 for details.</source>
            <translation>unexpected error ({type}); nothing more was changed. Run with {variable}=1 for details.</translation>
        </message>
        <message>
            <source>Exported to {file}.</source>
            <translation>Exported to {file}.</translation>
        </message>
        <message>
            <source>{file}: a Leader Pulse export (JSON).</source>
            <translation>{file}: a Leader Pulse export (JSON).</translation>
        </message>
        <message>
            <source>It would add {days}, {topics}, {meetings} and {checkins}.</source>
            <translation>It would add {days}, {topics}, {meetings} and {checkins}.</translation>
        </message>
        <message>
            <source>Imported {days}, {topics}, {meetings} and {checkins}.</source>
            <translation>Imported {days}, {topics}, {meetings} and {checkins}.</translation>
        </message>
        <message>
            <source>{n} day</source>
            <translation>{n} day</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>{n} sparring topic</source>
            <translation>{n} sparring topic</translation>
        </message>
        <message>
            <source>{n} sparring topics</source>
            <translation>{n} sparring topics</translation>
        </message>
        <message>
            <source>{n} 1:1</source>
            <translation>{n} 1:1</translation>
        </message>
        <message>
            <source>{n} 1:1s</source>
            <translation>{n} 1:1s</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-in</source>
            <translation>{n} WHO-5 check-in</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-ins</source>
            <translation>{n} WHO-5 check-ins</translation>
        </message>
        <message>
            <source>Nothing to import: all {entries} of {file} are in the journal already.</source>
            <translation>Nothing to import: all {entries} of {file} are in the journal already.</translation>
        </message>
        <message>
            <source>Nothing to import: {file} holds no entries.</source>
            <translation>Nothing to import: {file} holds no entries.</translation>
        </message>
        <message>
            <source>Add the imported text to these shared days? [y/N]</source>
            <translation>Add the imported text to these shared days? [y/N]</translation>
        </message>
        <message>
            <source>Imported {entries} into {days}.</source>
            <translation>Imported {entries} into {days}.</translation>
        </message>
        <message>
            <source>Imported {entries}; the others were imported in the meantime.</source>
            <translation>Imported {entries}; the others were imported in the meantime.</translation>
        </message>
        <message>
            <source>A backup from before the import: {path}</source>
            <translation>A backup from before the import: {path}</translation>
        </message>
        <message>
            <source>The text on a shared day is shared as the day is (a day in the journal keeps its share level; a new day takes the one the file gives).</source>
            <translation>The text on a shared day is shared as the day is (a day in the journal keeps its share level; a new day takes the one the file gives).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>To import</source>
            <translation>To import</translation>
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
            <translation>Shared days</translation>
        </message>
        <message>
            <source>{n} of them you share (1:1 or coach): {list}</source>
            <translation>{n} of them you share (1:1 or coach): {list}</translation>
        </message>
        <message>
            <source>New own signals, demands or resources</source>
            <translation>New own signals, demands or resources</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>{entries} (passed over)</source>
            <translation>{entries} (passed over)</translation>
        </message>
        <message>
            <source>moods of emoji only</source>
            <translation>moods of emoji only</translation>
        </message>
        <message>
            <source>figures of a second file of the same day</source>
            <translation>figures of a second file of the same day</translation>
        </message>
        <message>
            <source>time under categories this journal lacks</source>
            <translation>time under categories this journal lacks</translation>
        </message>
        <message>
            <source>signals, demands or resources this journal lacks</source>
            <translation>signals, demands or resources this journal lacks</translation>
        </message>
        <message>
            <source>{entries} on {days} ({period})</source>
            <translation>{entries} on {days} ({period})</translation>
        </message>
        <message>
            <source>import: {days} you share (1:1 or coach) would get the imported text, shared as the day is; nothing was written; add --yes to import into them</source>
            <translation>import: {days} you share (1:1 or coach) would get the imported text, shared as the day is; nothing was written; add --yes to import into them</translation>
        </message>
        <message>
            <source>In the journal</source>
            <translation>In the journal</translation>
        </message>
        <message>
            <source>{n} day is there already (the text goes after its own):</source>
            <translation>{n} day is there already (the text goes after its own):</translation>
        </message>
        <message>
            <source>{n} days are there already (the text goes after their own):</source>
            <translation>{n} days are there already (the text goes after their own):</translation>
        </message>
        <message>
            <source>no day (every day is new)</source>
            <translation>no day (every day is new)</translation>
        </message>
        <message>
            <source>New shared days</source>
            <translation>New shared days</translation>
        </message>
        <message>
            <source>shared (1:1 or coach), as the file says: {list}</source>
            <translation>shared (1:1 or coach), as the file says: {list}</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>videos</source>
            <translation>videos</translation>
        </message>
        <message>
            <source>audio recordings</source>
            <translation>audio recordings</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>attachments</translation>
        </message>
        <message>
            <source>locations</source>
            <translation>locations</translation>
        </message>
        <message>
            <source>weather</source>
            <translation>weather</translation>
        </message>
        <message>
            <source>activities of emoji only</source>
            <translation>activities of emoji only</translation>
        </message>
        <message>
            <source>stars on entries, not kept</source>
            <translation>stars on entries, not kept</translation>
        </message>
        <message>
            <source>files that are not daily notes</source>
            <translation>files that are not daily notes</translation>
        </message>
        <message>
            <source>entries dated after today, to import again on that day</source>
            <translation>entries dated after today, to import again on that day</translation>
        </message>
        <message>
            <source>figures of days already in the journal, kept as they are</source>
            <translation>figures of days already in the journal, kept as they are</translation>
        </message>
        <message>
            <source>1:1 notes (for reading)</source>
            <translation>1:1 notes (for reading)</translation>
        </message>
        <message>
            <source>sparring topics (for reading)</source>
            <translation>sparring topics (for reading)</translation>
        </message>
        <message>
            <source>the WHO-5 page (for reading)</source>
            <translation>the WHO-5 page (for reading)</translation>
        </message>
        <message>
            <source>the README (for reading)</source>
            <translation>the README (for reading)</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} entry</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} entries</translation>
        </message>
        <message>
            <source>{list} and {n} more</source>
            <translation>{list} and {n} more</translation>
        </message>
        <message>
            <source>Exported {days}, {meetings}, {topics} and {checkins} to {folder}.</source>
            <translation>Exported {days}, {meetings}, {topics} and {checkins} to {folder}.</translation>
        </message>
        <message>
            <source>a coach report (--kind coach)</source>
            <translation>a coach report (--kind coach)</translation>
        </message>
        <message>
            <source>Wrote the coach report for {start} – {end} to {file}.</source>
            <translation>Wrote the coach report for {start} – {end} to {file}.</translation>
        </message>
        <message>
            <source>Wrote the one-on-one report for {start} – {end} to {file}.</source>
            <translation>Wrote the one-on-one report for {start} – {end} to {file}.</translation>
        </message>
        <message>
            <source>It includes {n} reflection marked 'coach'.</source>
            <translation>It includes {n} reflection marked 'coach'.</translation>
        </message>
        <message>
            <source>It includes {n} reflections marked 'coach'.</source>
            <translation>It includes {n} reflections marked 'coach'.</translation>
        </message>
        <message>
            <source>It includes no reflection text.</source>
            <translation>It includes no reflection text.</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; the closest: {near}. To add it as your own signal, use --new-signal; see the list with: {command}</source>
            <translation>{field}: '{name}' is not on the list; the closest: {near}. To add it as your own signal, use --new-signal; see the list with: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; no item is close to it. To add it as your own signal, use --new-signal; see the list with: {command}</source>
            <translation>{field}: '{name}' is not on the list; no item is close to it. To add it as your own signal, use --new-signal; see the list with: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; the closest: {near}. See the list with: {command}</source>
            <translation>{field}: '{name}' is not on the list; the closest: {near}. See the list with: {command}</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not on the list; no item is close to it. See the list with: {command}</source>
            <translation>{field}: '{name}' is not on the list; no item is close to it. See the list with: {command}</translation>
        </message>
        <message>
            <source>private, one-on-one or coach</source>
            <translation>private, one-on-one or coach</translation>
        </message>
        <message>
            <source>log: nothing to log; give at least one of {options} or --from-calendar (see: wellbeing-desktop log --help)</source>
            <translation>log: nothing to log; give at least one of {options} or --from-calendar (see: wellbeing-desktop log --help)</translation>
        </message>
        <message>
            <source>Saved {day}.</source>
            <translation>Saved {day}.</translation>
        </message>
        <message>
            <source>Hours worked raised from {before} to {after}, to cover the categories' time.</source>
            <translation>Hours worked raised from {before} to {after}, to cover the categories' time.</translation>
        </message>
        <message>
            <source>Added your own signal '{name}' ({key}).</source>
            <translation>Added your own signal '{name}' ({key}).</translation>
        </message>
        <message>
            <source>calendar: no counted events on {day} (all-day events are not counted); nothing was logged</source>
            <translation>calendar: no counted events on {day} (all-day events are not counted); nothing was logged</translation>
        </message>
        <message>
            <source>calendar: the events on {day} went to none of your categories; nothing was logged. Give the time with --operations, --leadership, --strategy or --own, or add keywords in Settings</source>
            <translation>calendar: the events on {day} went to none of your categories; nothing was logged. Give the time with --operations, --leadership, --strategy or --own, or add keywords in Settings</translation>
        </message>
        <message>
            <source>It replaces the check-in of that day ({score} of 100).</source>
            <translation>It replaces the check-in of that day ({score} of 100).</translation>
        </message>
        <message>
            <source>ops</source>
            <translation>ops</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>lead</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>step {step}</translation>
        </message>
        <message>
            <source>d/r {demands}/{resources}</source>
            <translation>d/r {demands}/{resources}</translation>
        </message>
        <message>
            <source>No days logged in this period.</source>
            <translation>No days logged in this period.</translation>
        </message>
        <message>
            <source>{n} week</source>
            <translation>{n} week</translation>
        </message>
        <message>
            <source>{n} weeks</source>
            <translation>{n} weeks</translation>
        </message>
        <message>
            <source>(only part of a week logged: the hours so far)</source>
            <translation>(only part of a week logged: the hours so far)</translation>
        </message>
        <message>
            <source>(this week, still running, is not counted)</source>
            <translation>(this week, still running, is not counted)</translation>
        </message>
        <message>
            <source>(the week of {day}, only partly in the period, is not counted)</source>
            <translation>(the week of {day}, only partly in the period, is not counted)</translation>
        </message>
        <message>
            <source>last {weeks}, {span}</source>
            <translation>last {weeks}, {span}</translation>
        </message>
        <message>
            <source>No days logged in this period ({span}). Give --from and --to for another period.</source>
            <translation>No days logged in this period ({span}). Give --from and --to for another period.</translation>
        </message>
        <message>
            <source>No days logged in this period ({span}).</source>
            <translation>No days logged in this period ({span}).</translation>
        </message>
        <message>
            <source>{n} day logged</source>
            <translation>{n} day logged</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} days logged</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Leadership share:</source>
            <translation>Leadership share:</translation>
        </message>
        <message>
            <source>{share} (target {target})</source>
            <translation>{share} (target {target})</translation>
        </message>
        <message>
            <source>Hours per week:</source>
            <translation>Hours per week:</translation>
        </message>
        <message>
            <source>{hours} (norm {norm})</source>
            <translation>{hours} (norm {norm})</translation>
        </message>
        <message>
            <source>= {hours} worked ÷ {weeks} with logged days</source>
            <translation>= {hours} worked ÷ {weeks} with logged days</translation>
        </message>
        <message>
            <source>Stress step:</source>
            <translation>Stress step:</translation>
        </message>
        <message>
            <source>mean {mean}, max {max}</source>
            <translation>mean {mean}, max {max}</translation>
        </message>
        <message>
            <source>Demands/resources:</source>
            <translation>Demands/resources:</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>{score} on {day}</source>
            <translation>{score} on {day}</translation>
        </message>
        <message>
            <source>Latest WHO-5:</source>
            <translation>Latest WHO-5:</translation>
        </message>
        <message>
            <source>WHO-5 on {day}: {score} of 100.</source>
            <translation>WHO-5 on {day}: {score} of 100.</translation>
        </message>
        <message>
            <source>a journal already exists in {folder}; nothing changed</source>
            <translation>a journal already exists in {folder}; nothing changed</translation>
        </message>
        <message>
            <source>Created an encrypted journal in {folder}.</source>
            <translation>Created an encrypted journal in {folder}.</translation>
        </message>
        <message>
            <source>Its language is Danish (Settings in the app change it).</source>
            <translation>Its language is Danish (Settings in the app change it).</translation>
        </message>
        <message>
            <source>Its language is English (Settings in the app change it).</source>
            <translation>Its language is English (Settings in the app change it).</translation>
        </message>
        <message>
            <source>recovery-key-out: only with --rotate-key; nothing was changed</source>
            <translation>recovery-key-out: only with --rotate-key; nothing was changed</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>The passphrase was changed.</translation>
        </message>
        <message>
            <source>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones and old key files open nothing here.</source>
            <translation>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones and old key files open nothing here.</translation>
        </message>
        <message>
            <source>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {folder}` when it is unlocked.</source>
            <translation>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {folder}` when it is unlocked.</translation>
        </message>
        <message>
            <source>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones, old key files and remembered keys open nothing here.</source>
            <translation>The journal is now encrypted with a new key, opened by the new passphrase and the new recovery key; the old ones, old key files and remembered keys open nothing here.</translation>
        </message>
        <message>
            <source>The backups in the backups folder were re-encrypted too ({n}).</source>
            <translation>The backups in the backups folder were re-encrypted too ({n}).</translation>
        </message>
        <message>
            <source>Could not be re-encrypted; left as they are: {names}</source>
            <translation>Could not be re-encrypted; left as they are: {names}</translation>
        </message>
        <message>
            <source>The backups in the backups folder take it too ({n}).</source>
            <translation>The backups in the backups folder take it too ({n}).</translation>
        </message>
        <message>
            <source>Could not be opened with this journal's key; left as they are: {names}</source>
            <translation>Could not be opened with this journal's key; left as they are: {names}</translation>
        </message>
        <message>
            <source>Could not be changed and still open with the old passphrase: {names}</source>
            <translation>Could not be changed and still open with the old passphrase: {names}</translation>
        </message>
        <message>
            <source>A new passphrase is set. The recovery key still works; keep it safe.</source>
            <translation>A new passphrase is set. The recovery key still works; keep it safe.</translation>
        </message>
        <message>
            <source>This computer's keyring now unlocks the journal. 'forget' undoes it.</source>
            <translation>This computer's keyring now unlocks the journal. 'forget' undoes it.</translation>
        </message>
        <message>
            <source>The key was removed from this computer's keyring.</source>
            <translation>The key was removed from this computer's keyring.</translation>
        </message>
        <message>
            <source>The keyring held no key for this journal.</source>
            <translation>The keyring held no key for this journal.</translation>
        </message>
        <message>
            <source>demo: the journal already has days; use a new --data-dir</source>
            <translation>demo: the journal already has days; use a new --data-dir</translation>
        </message>
        <message>
            <source>Filled the journal with {n} demo day.</source>
            <translation>Filled the journal with {n} demo day.</translation>
        </message>
        <message>
            <source>Filled the journal with {n} demo days.</source>
            <translation>Filled the journal with {n} demo days.</translation>
        </message>
        <message>
            <source>{n} problem found</source>
            <translation>{n} problem found</translation>
        </message>
        <message>
            <source>{n} problems found</source>
            <translation>{n} problems found</translation>
        </message>
        <message>
            <source>check: {found} (first: {first}); restore the newest backup from {folder}</source>
            <translation>check: {found} (first: {first}); restore the newest backup from {folder}</translation>
        </message>
        <message>
            <source>The journal file is intact.</source>
            <translation>The journal file is intact.</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Keep it somewhere safe.</source>
            <translation>The exported file is not encrypted. Keep it somewhere safe.</translation>
        </message>
        <message>
            <source>The exported folder is not encrypted. Keep it somewhere safe.</source>
            <translation>The exported folder is not encrypted. Keep it somewhere safe.</translation>
        </message>
        <message>
            <source>a new file (it exists already)</source>
            <translation>a new file (it exists already)</translation>
        </message>
        <message>
            <source>a file in an existing folder</source>
            <translation>a file in an existing folder</translation>
        </message>
        <message>
            <source>out: - is not supported; give a folder name</source>
            <translation>out: - is not supported; give a folder name</translation>
        </message>
        <message>
            <source>a new folder (it exists already)</source>
            <translation>a new folder (it exists already)</translation>
        </message>
        <message>
            <source>a new folder in a folder that exists</source>
            <translation>a new folder in a folder that exists</translation>
        </message>
        <message>
            <source>out: - is not supported; give a file name</source>
            <translation>out: - is not supported; give a file name</translation>
        </message>
        <message>
            <source>out: {file} ends in {ending}; for --format {format} use a name ending in .{format}</source>
            <translation>out: {file} ends in {ending}; for --format {format} use a name ending in .{format}</translation>
        </message>
        <message>
            <source>out: cannot write {file} ({reason})</source>
            <translation>out: cannot write {file} ({reason})</translation>
        </message>
        <message>
            <source>out: {file} was not written: {reason}</source>
            <translation>out: {file} was not written: {reason}</translation>
        </message>
        <message>
            <source>a day on or before --to</source>
            <translation>a day on or before --to</translation>
        </message>
        <message>
            <source>recovery-key-out: cannot write {file} ({reason}); the key is shown here instead.</source>
            <translation>recovery-key-out: cannot write {file} ({reason}); the key is shown here instead.</translation>
        </message>
        <message>
            <source>The recovery key was written to {file}. Print it or store it safely.</source>
            <translation>The recovery key was written to {file}. Print it or store it safely.</translation>
        </message>
        <message>
            <source>Your recovery key (shown only this once; print it or store it safely):</source>
            <translation>Your recovery key (shown only this once; print it or store it safely):</translation>
        </message>
        <message>
            <source>With it you can open the journal and set a new passphrase if you forget yours.</source>
            <translation>With it you can open the journal and set a new passphrase if you forget yours.</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
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
            <translation>Nothing found: the search holds only words to leave out (-word, NOT word); add a word to look for.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nothing found.</translation>
        </message>
        <message>
            <source>{shown} of {total} matches shown (the newest); use --limit {total} to see them all.</source>
            <translation>{shown} of {total} matches shown (the newest); use --limit {total} to see them all.</translation>
        </message>
        <message>
            <source>no new passphrase given: use --passphrase-file, {variable}, or run in a terminal</source>
            <translation>no new passphrase given: use --passphrase-file, {variable}, or run in a terminal</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>New passphrase: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>New passphrase again: </translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed</source>
            <translation>the two passphrases differ; nothing was changed</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>no passphrase given: use --passphrase-file or {variable}, run in a terminal, or keep the key in the keyring with: {command}</source>
            <translation>no passphrase given: use --passphrase-file or {variable}, run in a terminal, or keep the key in the keyring with: {command}</translation>
        </message>
        <message>
            <source>Demands (log --demand KEY or label)</source>
            <translation>Demands (log --demand KEY or label)</translation>
        </message>
        <message>
            <source>Resources (log --resource KEY or label)</source>
            <translation>Resources (log --resource KEY or label)</translation>
        </message>
        <message>
            <source>Signals (log --signal KEY or label; log --new-signal NAME adds your own)</source>
            <translation>Signals (log --signal KEY or label; log --new-signal NAME adds your own)</translation>
        </message>
        <message>
            <source>Sparring situations (the Sparring view of the app)</source>
            <translation>Sparring situations (the Sparring view of the app)</translation>
        </message>
        <message>
            <source>(your own)</source>
            <translation>(your own)</translation>
        </message>
        <message>
            <source>Your own signals are not listed: there is no journal in this folder yet, or no passphrase was given to open it.</source>
            <translation>Your own signals are not listed: there is no journal in this folder yet, or no passphrase was given to open it.</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Wrote the round '{name}' ({period}, at least {n} leaders) to {file}.</source>
            <translation>Wrote the round '{name}' ({period}, at least {n} leaders) to {file}.</translation>
        </message>
        <message>
            <source>Send the file to the leaders; each sends back a pulse file for you to combine.</source>
            <translation>Send the file to the leaders; each sends back a pulse file for you to combine.</translation>
        </message>
        <message>
            <source>Round code: {code}. Read it out to the leaders; they see it when they open the file.</source>
            <translation>Round code: {code}. Read it out to the leaders; they see it when they open the file.</translation>
        </message>
        <message>
            <source>The pulse file holds exactly this:</source>
            <translation>The pulse file holds exactly this:</translation>
        </message>
        <message>
            <source>The file is encrypted: only the round's key opens it.</source>
            <translation>The file is encrypted: only the round's key opens it.</translation>
        </message>
        <message>
            <source>Check that the round code is the one your facilitator gave you.</source>
            <translation>Check that the round code is the one your facilitator gave you.</translation>
        </message>
        <message>
            <source>share: nothing was written; add --yes to write the pulse file</source>
            <translation>share: nothing was written; add --yes to write the pulse file</translation>
        </message>
        <message>
            <source>Write this pulse file? [y/N]</source>
            <translation>Write this pulse file? [y/N]</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>Wrote your pulse to {file}. Send it to the round's facilitator.</source>
            <translation>Wrote your pulse to {file}. Send it to the round's facilitator.</translation>
        </message>
        <message>
            <source>Wrote the group picture of '{name}' ({period}) to {file}.</source>
            <translation>Wrote the group picture of '{name}' ({period}) to {file}.</translation>
        </message>
        <message>
            <source>It combines {leaders} from {files}.</source>
            <translation>It combines {leaders} from {files}.</translation>
        </message>
        <message>
            <source>{n} leader</source>
            <translation>{n} leader</translation>
        </message>
        <message>
            <source>{n} leaders</source>
            <translation>{n} leaders</translation>
        </message>
        <message>
            <source>{n} pulse file</source>
            <translation>{n} pulse file</translation>
        </message>
        <message>
            <source>{n} pulse files</source>
            <translation>{n} pulse files</translation>
        </message>
        <message>
            <source>{n} pulse sent again replaced an earlier one.</source>
            <translation>{n} pulse sent again replaced an earlier one.</translation>
        </message>
        <message>
            <source>{n} pulses sent again replaced earlier ones.</source>
            <translation>{n} pulses sent again replaced earlier ones.</translation>
        </message>
        <message>
            <source>This journal has started no round yet (see: pulse round --help).</source>
            <translation>This journal has started no round yet (see: pulse round --help).</translation>
        </message>
        <message>
            <source>'{name}': {period}, at least {n} leaders, round code {code}</source>
            <translation>'{name}': {period}, at least {n} leaders, round code {code}</translation>
        </message>
    </context>
    <context>
        <name>coach_dialog</name>
        <message>
            <source>leader-pulse-coach</source>
            <translation>leader-pulse-coach</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{field}: {value} is not allowed; {allowed}</source>
            <translation>{field}: {value} is not allowed; {allowed}</translation>
        </message>
        <message>
            <source>this value</source>
            <translation>this value</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <source>agenda</source>
            <translation>agenda</translation>
        </message>
        <message>
            <source>auto-lock</source>
            <translation>auto-lock</translation>
        </message>
        <message>
            <source>calendar file</source>
            <translation>calendar file</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>categories</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>demand</source>
            <translation>demand</translation>
        </message>
        <message>
            <source>demand_item</source>
            <translation>demand_item</translation>
        </message>
        <message>
            <source>demands</source>
            <translation>demands</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energy</translation>
        </message>
        <message>
            <source>format</source>
            <translation>format</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>include-coach-reflections</source>
            <translation>include-coach-reflections</translation>
        </message>
        <message>
            <source>item</source>
            <translation>item</translation>
        </message>
        <message>
            <source>keyword</source>
            <translation>keyword</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>limit</source>
            <translation>limit</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>new-signal</source>
            <translation>new-signal</translation>
        </message>
        <message>
            <source>norm</source>
            <translation>norm</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>out</source>
            <translation>out</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>passphrase</translation>
        </message>
        <message>
            <source>recovery-key-out</source>
            <translation>recovery-key-out</translation>
        </message>
        <message>
            <source>reminder</source>
            <translation>reminder</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>resource</translation>
        </message>
        <message>
            <source>resource_item</source>
            <translation>resource_item</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>resources</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>share</source>
            <translation>share</translation>
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
            <translation>stress</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>tag</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>topic</source>
            <translation>topic</translation>
        </message>
        <message>
            <source>who5</source>
            <translation>who5</translation>
        </message>
        <message>
            <source>with</source>
            <translation>with</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>pulses</source>
            <translation>pulses</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>min-group</source>
            <translation>min-group</translation>
        </message>
        <message>
            <source>pulse</source>
            <translation>pulse</translation>
        </message>
        <message>
            <source>days_logged</source>
            <translation>days_logged</translation>
        </message>
        <message>
            <source>weeks_counted</source>
            <translation>weeks_counted</translation>
        </message>
        <message>
            <source>leadership_share</source>
            <translation>leadership_share</translation>
        </message>
        <message>
            <source>target_percent</source>
            <translation>target_percent</translation>
        </message>
        <message>
            <source>hours_per_week</source>
            <translation>hours_per_week</translation>
        </message>
        <message>
            <source>weekly_norm</source>
            <translation>weekly_norm</translation>
        </message>
        <message>
            <source>weeks_over_norm</source>
            <translation>weeks_over_norm</translation>
        </message>
        <message>
            <source>step_shares</source>
            <translation>step_shares</translation>
        </message>
        <message>
            <source>demands_mean</source>
            <translation>demands_mean</translation>
        </message>
        <message>
            <source>resources_mean</source>
            <translation>resources_mean</translation>
        </message>
        <message>
            <source>top_demands</source>
            <translation>top_demands</translation>
        </message>
        <message>
            <source>top_resources</source>
            <translation>top_resources</translation>
        </message>
        <message>
            <source>open_situations</source>
            <translation>open_situations</translation>
        </message>
        <message>
            <source>resolved_situations</source>
            <translation>resolved_situations</translation>
        </message>
        <message>
            <source>has_sparring</source>
            <translation>has_sparring</translation>
        </message>
        <message>
            <source>who5_band</source>
            <translation>who5_band</translation>
        </message>
        <message>
            <source>answer {n}</source>
            <translation>answer {n}</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>a date range, or some logged days</source>
            <translation>a date range, or some logged days</translation>
        </message>
        <message>
            <source>a date when the topic is resolved</source>
            <translation>a date when the topic is resolved</translation>
        </message>
        <message>
            <source>a duration of 0 or more, e.g. 1h30m</source>
            <translation>a duration of 0 or more, e.g. 1h30m</translation>
        </message>
        <message>
            <source>a unit: {n}h for hours or {n}m for minutes</source>
            <translation>a unit: {n}h for hours or {n}m for minutes</translation>
        </message>
        <message>
            <source>a duration from 0 to 24 h, e.g. 2h30, 2t30, 1,5 or 1.5h (hours), 2:30, 90m or 150 (minutes)</source>
            <translation>a duration from 0 to 24 h, e.g. 2h30, 2t30, 1,5 or 1.5h (hours), 2:30, 90m or 150 (minutes)</translation>
        </message>
        <message>
            <source>a key of 1 to 120 characters</source>
            <translation>a key of 1 to 120 characters</translation>
        </message>
        <message>
            <source>a key of 1 to 64 characters</source>
            <translation>a key of 1 to 64 characters</translation>
        </message>
        <message>
            <source>a name (who the 1:1 is with)</source>
            <translation>a name (who the 1:1 is with)</translation>
        </message>
        <message>
            <source>a name for every category</source>
            <translation>a name for every category</translation>
        </message>
        <message>
            <source>a name for every item</source>
            <translation>a name for every item</translation>
        </message>
        <message>
            <source>a name of 1 to 200 characters</source>
            <translation>a name of 1 to 200 characters</translation>
        </message>
        <message>
            <source>a name with at least one letter or digit</source>
            <translation>a name with at least one letter or digit</translation>
        </message>
        <message>
            <source>a non-empty key</source>
            <translation>a non-empty key</translation>
        </message>
        <message>
            <source>a score from 0 to 100</source>
            <translation>a score from 0 to 100</translation>
        </message>
        <message>
            <source>a time of day (HH:MM) or none</source>
            <translation>a time of day (HH:MM) or none</translation>
        </message>
        <message>
            <source>an e-mail address such as name@example.dk</source>
            <translation>an e-mail address such as name@example.dk</translation>
        </message>
        <message>
            <source>actions with text</source>
            <translation>actions with text</translation>
        </message>
        <message>
            <source>agenda points with text</source>
            <translation>agenda points with text</translation>
        </message>
        <message>
            <source>at least one category</source>
            <translation>at least one category</translation>
        </message>
        <message>
            <source>at least one category that counts as leadership (the leadership share needs it)</source>
            <translation>at least one category that counts as leadership (the leadership share needs it)</translation>
        </message>
        <message>
            <source>at most 24 h</source>
            <translation>at most 24 h</translation>
        </message>
        <message>
            <source>each category once</source>
            <translation>each category once</translation>
        </message>
        <message>
            <source>each one at most once a day</source>
            <translation>each one at most once a day</translation>
        </message>
        <message>
            <source>each tag at most once</source>
            <translation>each tag at most once</translation>
        </message>
        <message>
            <source>exactly five answers</source>
            <translation>exactly five answers</translation>
        </message>
        <message>
            <source>from 1 to 80 hours a week</source>
            <translation>from 1 to 80 hours a week</translation>
        </message>
        <message>
            <source>it cannot be empty or only spaces</source>
            <translation>it cannot be empty or only spaces</translation>
        </message>
        <message>
            <source>it cannot contain broken characters</source>
            <translation>it cannot contain broken characters</translation>
        </message>
        <message>
            <source>it cannot contain the NUL character</source>
            <translation>it cannot contain the NUL character</translation>
        </message>
        <message>
            <source>minutes after the hours below 60</source>
            <translation>minutes after the hours below 60</translation>
        </message>
        <message>
            <source>no date while the topic is open</source>
            <translation>no date while the topic is open</translation>
        </message>
        <message>
            <source>operations, leadership or own work</source>
            <translation>operations, leadership or own work</translation>
        </message>
        <message>
            <source>pdf, md, html, json, csv, xlsx or pulse</source>
            <translation>pdf, md, html, json, csv, xlsx or pulse</translation>
        </message>
        <message>
            <source>a period with logged days (no day is logged from {start} to {end})</source>
            <translation>a period with logged days (no day is logged from {start} to {end})</translation>
        </message>
        <message>
            <source>a name on one line of 1 to {n} characters, without control characters</source>
            <translation>a name on one line of 1 to {n} characters, without control characters</translation>
        </message>
        <message>
            <source>a Monday (a round covers whole weeks, Monday to Sunday)</source>
            <translation>a Monday (a round covers whole weeks, Monday to Sunday)</translation>
        </message>
        <message>
            <source>a Sunday at least 13 days after from ({date} or later): a round covers at least 2 whole weeks, Monday to Sunday</source>
            <translation>a Sunday at least 13 days after from ({date} or later): a round covers at least 2 whole weeks, Monday to Sunday</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>a number from {low} to {high}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}, or null</source>
            <translation>a number from {low} to {high}, or null</translation>
        </message>
        <message>
            <source>at most {n} different keys, each one of {codes}</source>
            <translation>at most {n} different keys, each one of {codes}</translation>
        </message>
        <message>
            <source>signal, demand or resource</source>
            <translation>signal, demand or resource</translation>
        </message>
        <message>
            <source>one-on-one, coach, json, csv, xlsx, pulse, leader-group or markdown</source>
            <translation>one-on-one, coach, json, csv, xlsx, pulse, leader-group or markdown</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>text without NUL characters</source>
            <translation>text without NUL characters</translation>
        </message>
        <message>
            <source>the full path of an .ics file on this computer</source>
            <translation>the full path of an .ics file on this computer</translation>
        </message>
        <message>
            <source>the number of a topic</source>
            <translation>the number of a topic</translation>
        </message>
        <message>
            <source>today or an earlier date</source>
            <translation>today or an earlier date</translation>
        </message>
        <message>
            <source>valid text (it contains a broken character, an unpaired surrogate)</source>
            <translation>valid text (it contains a broken character, an unpaired surrogate)</translation>
        </message>
        <message>
            <source>words of 1 to 100 characters, without commas</source>
            <translation>words of 1 to 100 characters, without commas</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, today or yesterday</source>
            <translation>YYYY-MM-DD, today or yesterday</translation>
        </message>
        <message>
            <source>a day from {earliest} to {latest}</source>
            <translation>a day from {earliest} to {latest}</translation>
        </message>
        <message>
            <source>da or en</source>
            <translation>da or en</translation>
        </message>
        <message>
            <source>open or resolved</source>
            <translation>open or resolved</translation>
        </message>
        <message>
            <source>five shares from 0 to 1 that add up to 1, or null</source>
            <translation>five shares from 0 to 1 that add up to 1, or null</translation>
        </message>
        <message>
            <source>a pulse: an object with the pulse's keys</source>
            <translation>a pulse: an object with the pulse's keys</translation>
        </message>
        <message>
            <source>only the keys a pulse has</source>
            <translation>only the keys a pulse has</translation>
        </message>
        <message>
            <source>a value (it is missing)</source>
            <translation>a value (it is missing)</translation>
        </message>
        <message>
            <source>true when a situation is open or was resolved</source>
            <translation>true when a situation is open or was resolved</translation>
        </message>
        <message>
            <source>1 to {n} letters, digits, - or _ (no spaces or #)</source>
            <translation>1 to {n} letters, digits, - or _ (no spaces or #)</translation>
        </message>
        <message>
            <source>a date on or after the day it was raised ({date})</source>
            <translation>a date on or after the day it was raised ({date})</translation>
        </message>
        <message>
            <source>a date up to {date}</source>
            <translation>a date up to {date}</translation>
        </message>
        <message>
            <source>a day on or before {date}</source>
            <translation>a day on or before {date}</translation>
        </message>
        <message>
            <source>a start on or before the end ({date})</source>
            <translation>a start on or before the end ({date})</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>a whole number from {low} to {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} %</source>
            <translation>a whole number from {low} to {high} %</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} minutes</source>
            <translation>a whole number from {low} to {high} minutes</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high} minutes (0 turns it off)</source>
            <translation>a whole number from {low} to {high} minutes (0 turns it off)</translation>
        </message>
        <message>
            <source>at most {n}</source>
            <translation>at most {n}</translation>
        </message>
        <message>
            <source>at most {n} characters (this has {count})</source>
            <translation>at most {n} characters (this has {count})</translation>
        </message>
        <message>
            <source>at least the time logged in the categories ({time})</source>
            <translation>at least the time logged in the categories ({time})</translation>
        </message>
        <message>
            <source>at most 24 h ({n} minutes) in total a day</source>
            <translation>at most 24 h ({n} minutes) in total a day</translation>
        </message>
        <message>
            <source>one of the categories ({codes})</source>
            <translation>one of the categories ({codes})</translation>
        </message>
        <message>
            <source>one of {codes}</source>
            <translation>one of {codes}</translation>
        </message>
        <message>
            <source>use at least {n} characters</source>
            <translation>use at least {n} characters</translation>
        </message>
        <message>
            <source>use at most {n} characters</source>
            <translation>use at most {n} characters</translation>
        </message>
        <message>
            <source>{date} or later</source>
            <translation>{date} or later</translation>
        </message>
        <message>
            <source>The backup does not match the journal; it was not kept.</source>
            <translation>The backup does not match the journal; it was not kept.</translation>
        </message>
        <message>
            <source>The journal connection is closed.</source>
            <translation>The journal connection is closed.</translation>
        </message>
        <message>
            <source>The journal file is damaged; nothing was changed. Open the journal again to see which backup to restore.</source>
            <translation>The journal file is damaged; nothing was changed. Open the journal again to see which backup to restore.</translation>
        </message>
        <message>
            <source>The journal is busy in another window or program; try again in a moment. Nothing was changed.</source>
            <translation>The journal is busy in another window or program; try again in a moment. Nothing was changed.</translation>
        </message>
        <message>
            <source>The journal could not be read.</source>
            <translation>The journal could not be read.</translation>
        </message>
        <message>
            <source>The journal could not be written: the change was not saved.</source>
            <translation>The journal could not be written: the change was not saved.</translation>
        </message>
        <message>
            <source>The journal file uses cipher settings this version does not support.</source>
            <translation>The journal file uses cipher settings this version does not support.</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>The journal is locked.</translation>
        </message>
        <message>
            <source>The journal kept changing while it was backed up; try again.</source>
            <translation>The journal kept changing while it was backed up; try again.</translation>
        </message>
        <message>
            <source>The key file is empty or far too large; no backup was made.</source>
            <translation>The key file is empty or far too large; no backup was made.</translation>
        </message>
        <message>
            <source>This journal was saved by a newer version of Leader Pulse; please update the app to open it.</source>
            <translation>This journal was saved by a newer version of Leader Pulse; please update the app to open it.</translation>
        </message>
        <message>
            <source>it cannot be read</source>
            <translation>it cannot be read</translation>
        </message>
        <message>
            <source>it cannot be read with its key, or it belongs to another key file</source>
            <translation>it cannot be read with its key, or it belongs to another key file</translation>
        </message>
        <message>
            <source>it holds no journal</source>
            <translation>it holds no journal</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>it is not a file</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>it is not a regular file</translation>
        </message>
        <message>
            <source>journal file</source>
            <translation>journal file</translation>
        </message>
        <message>
            <source>key file</source>
            <translation>key file</translation>
        </message>
        <message>
            <source>import: the file is nested too deeply to be an export.</source>
            <translation>import: the file is nested too deeply to be an export.</translation>
        </message>
        <message>
            <source>import: the file is not a Leader Pulse JSON export.</source>
            <translation>import: the file is not a Leader Pulse JSON export.</translation>
        </message>
        <message>
            <source>it contains characters a recovery key never has</source>
            <translation>it contains characters a recovery key never has</translation>
        </message>
        <message>
            <source>this key file was made by a newer version of Leader Pulse</source>
            <translation>this key file was made by a newer version of Leader Pulse</translation>
        </message>
        <message>
            <source>wrong passphrase</source>
            <translation>wrong passphrase</translation>
        </message>
        <message>
            <source>wrong recovery key</source>
            <translation>wrong recovery key</translation>
        </message>
        <message>
            <source>it is too large to be a key file</source>
            <translation>it is too large to be a key file</translation>
        </message>
        <message>
            <source>its passphrase slot was made for another journal</source>
            <translation>its passphrase slot was made for another journal</translation>
        </message>
        <message>
            <source>its recovery slot was made for another journal</source>
            <translation>its recovery slot was made for another journal</translation>
        </message>
        <message>
            <source>its slot types were swapped or edited</source>
            <translation>its slot types were swapped or edited</translation>
        </message>
        <message>
            <source>The re-encrypted journal does not match the journal; nothing was changed.</source>
            <translation>The re-encrypted journal does not match the journal; nothing was changed.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, so the passphrase cannot be remembered.</source>
            <translation>No system keyring is available on this computer, so the passphrase cannot be remembered.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, so it holds no key to forget.</source>
            <translation>No system keyring is available on this computer, so it holds no key to forget.</translation>
        </message>
        <message>
            <source>The only keyring available stores secrets without proper protection, so the passphrase cannot be remembered.</source>
            <translation>The only keyring available stores secrets without proper protection, so the passphrase cannot be remembered.</translation>
        </message>
        <message>
            <source>The system keyring is locked, so the passphrase cannot be remembered.</source>
            <translation>The system keyring is locked, so the passphrase cannot be remembered.</translation>
        </message>
        <message>
            <source>The system keyring is locked, so the remembered passphrase cannot be removed.</source>
            <translation>The system keyring is locked, so the remembered passphrase cannot be removed.</translation>
        </message>
        <message>
            <source>The system keyring did not respond, so the passphrase cannot be remembered.</source>
            <translation>The system keyring did not respond, so the passphrase cannot be remembered.</translation>
        </message>
        <message>
            <source>The system keyring did not respond, so the remembered passphrase could not be removed.</source>
            <translation>The system keyring did not respond, so the remembered passphrase could not be removed.</translation>
        </message>
        <message>
            <source>the pulse cannot be opened with this round's key</source>
            <translation>the pulse cannot be opened with this round's key</translation>
        </message>
        <message>
            <source>round file</source>
            <translation>round file</translation>
        </message>
        <message>
            <source>pulse file</source>
            <translation>pulse file</translation>
        </message>
        <message>
            <source>this journal did not start this round, so it does not hold the round's key; combine the pulses in the journal that started the round</source>
            <translation>this journal did not start this round, so it does not hold the round's key; combine the pulses in the journal that started the round</translation>
        </message>
        <message>
            <source>one leader</source>
            <translation>one leader</translation>
        </message>
        <message>
            <source>two leaders</source>
            <translation>two leaders</translation>
        </message>
        <message>
            <source>every second</source>
            <translation>every second</translation>
        </message>
        <message>
            <source>every minute</source>
            <translation>every minute</translation>
        </message>
        <message>
            <source>every hour</source>
            <translation>every hour</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>every week</translation>
        </message>
        <message>
            <source>every month</source>
            <translation>every month</translation>
        </message>
        <message>
            <source>every year</source>
            <translation>every year</translation>
        </message>
        <message>
            <source>calendar: no calendar file is set; choose one in Settings, or name one after --from-calendar</source>
            <translation>calendar: no calendar file is set; choose one in Settings, or name one after --from-calendar</translation>
        </message>
        <message>
            <source>A journal already exists at {path}.</source>
            <translation>A journal already exists at {path}.</translation>
        </message>
        <message>
            <source>A journal already exists in {path}; it was left untouched.</source>
            <translation>A journal already exists in {path}; it was left untouched.</translation>
        </message>
        <message>
            <source>No journal file at {path}.</source>
            <translation>No journal file at {path}.</translation>
        </message>
        <message>
            <source>There is no journal in {path} yet; create one with: {command}</source>
            <translation>There is no journal in {path} yet; create one with: {command}</translation>
        </message>
        <message>
            <source>data-dir: {path} was open to other users ({mode}); it is now {new_mode}, open only to you</source>
            <translation>data-dir: {path} was open to other users ({mode}); it is now {new_mode}, open only to you</translation>
        </message>
        <message>
            <source>{name}: {path} is not a regular file</source>
            <translation>{name}: {path} is not a regular file</translation>
        </message>
        <message>
            <source>{name}: {path} is a folder, not a file</source>
            <translation>{name}: {path} is a folder, not a file</translation>
        </message>
        <message>
            <source>{name}: {path} is larger than {n} bytes; nothing was read</source>
            <translation>{name}: {path} is larger than {n} bytes; nothing was read</translation>
        </message>
        <message>
            <source>{name}: cannot read {path}: {reason}</source>
            <translation>{name}: cannot read {path}: {reason}</translation>
        </message>
        <message>
            <source>{name}: {path} is not UTF-8 text</source>
            <translation>{name}: {path} is not UTF-8 text</translation>
        </message>
        <message>
            <source>{name}: {path} is empty</source>
            <translation>{name}: {path} is empty</translation>
        </message>
        <message>
            <source>{name}: the first line of {path} is empty; only the first line is read</source>
            <translation>{name}: the first line of {path} is empty; only the first line is read</translation>
        </message>
        <message>
            <source>The disk is full; nothing was saved. Free some space on the disk of {path} and try again.</source>
            <translation>The disk is full; nothing was saved. Free some space on the disk of {path} and try again.</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed. Free some space on the disk of {path} and try again.</source>
            <translation>The disk is full; nothing was changed. Free some space on the disk of {path} and try again.</translation>
        </message>
        <message>
            <source>The journal in {path} is open for reading only; nothing was saved.</source>
            <translation>The journal in {path} is open for reading only; nothing was saved.</translation>
        </message>
        <message>
            <source>The journal in {path} is open for reading only; nothing was changed.</source>
            <translation>The journal in {path} is open for reading only; nothing was changed.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written (it is read-only); nothing was saved.</source>
            <translation>The folder {path} cannot be written (it is read-only); nothing was saved.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written (it is read-only), and the journal in it cannot be read without writing there; nothing was changed.</source>
            <translation>The folder {path} cannot be written (it is read-only), and the journal in it cannot be read without writing there; nothing was changed.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error in {path}; nothing was saved.</source>
            <translation>The disk reported an input/output error in {path}; nothing was saved.</translation>
        </message>
        <message>
            <source>The disk reported an input/output error in {path}; nothing was changed.</source>
            <translation>The disk reported an input/output error in {path}; nothing was changed.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written, and the journal in it needs an update before this version can open it; nothing was changed.</source>
            <translation>The folder {path} cannot be written, and the journal in it needs an update before this version can open it; nothing was changed.</translation>
        </message>
        <message>
            <source>The key file {path} is missing, so the journal cannot be opened; restore it from a backup (the database was left untouched).</source>
            <translation>The key file {path} is missing, so the journal cannot be opened; restore it from a backup (the database was left untouched).</translation>
        </message>
        <message>
            <source>The journal file {path} is damaged ({detail}) and was left as it is.</source>
            <translation>The journal file {path} is damaged ({detail}) and was left as it is.</translation>
        </message>
        <message>
            <source>it is cut short to {n} bytes</source>
            <translation>it is cut short to {n} bytes</translation>
        </message>
        <message>
            <source>The journal {path} is open in another window or program; close it and try again. Nothing was changed.</source>
            <translation>The journal {path} is open in another window or program; close it and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>A restore of the journal in {path} is under way; try again in a moment.</source>
            <translation>A restore of the journal in {path} is under way; try again in a moment.</translation>
        </message>
        <message>
            <source>The lock file {path} cannot be used ({reason}).</source>
            <translation>The lock file {path} cannot be used ({reason}).</translation>
        </message>
        <message>
            <source>The lock file {path} is not a regular file; remove it.</source>
            <translation>The lock file {path} is not a regular file; remove it.</translation>
        </message>
        <message>
            <source>The file {path} (the note of an unfinished restore) is damaged; remove it and try again. Nothing was changed.</source>
            <translation>The file {path} (the note of an unfinished restore) is damaged; remove it and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>The journal file {path} was replaced by another program; lock and unlock to see it. Nothing was saved.</source>
            <translation>The journal file {path} was replaced by another program; lock and unlock to see it. Nothing was saved.</translation>
        </message>
        <message>
            <source>The backup {path} is of a different journal (id {id}) than the one in {folder} (id {other_id}); to replace it anyway, run again with --replace-other-journal. Nothing was changed.</source>
            <translation>The backup {path} is of a different journal (id {id}) than the one in {folder} (id {other_id}); to replace it anyway, run again with --replace-other-journal. Nothing was changed.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <translation>{detail} Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} exists already; the backup was not written.</source>
            <translation>{path} exists already; the backup was not written.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a backup file.</source>
            <translation>{path} is a folder, not a backup file.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse backup file.</source>
            <translation>{path} is not a Leader Pulse backup file.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>There is no backup file at {path}.</translation>
        </message>
        <message>
            <source>The backup file {path} is empty.</source>
            <translation>The backup file {path} is empty.</translation>
        </message>
        <message>
            <source>The backup {path} holds no database, only a key file.</source>
            <translation>The backup {path} holds no database, only a key file.</translation>
        </message>
        <message>
            <source>The backup {path} holds no key file, only a database.</source>
            <translation>The backup {path} holds no key file, only a database.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of Leader Pulse; update the app.</source>
            <translation>The backup {path} was made by a newer version of Leader Pulse; update the app.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of Leader Pulse; update the app to restore it. Nothing was changed.</source>
            <translation>The backup {path} was made by a newer version of Leader Pulse; update the app to restore it. Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged: its database does not pass the integrity check. Nothing was changed.</source>
            <translation>The backup {path} is damaged: its database does not pass the integrity check. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened.</source>
            <translation>The database {path} cannot be opened.</translation>
        </message>
        <message>
            <source>The database {path} uses cipher settings this version lacks.</source>
            <translation>The database {path} uses cipher settings this version lacks.</translation>
        </message>
        <message>
            <source>Too many backups in {path} for one second; try again.</source>
            <translation>Too many backups in {path} for one second; try again.</translation>
        </message>
        <message>
            <source>it is {n} bytes but holds {count} pages</source>
            <translation>it is {n} bytes but holds {count} pages</translation>
        </message>
        <message>
            <source>{path} is not a regular file; it is not a backup.</source>
            <translation>{path} is not a regular file; it is not a backup.</translation>
        </message>
        <message>
            <source>{path} is not a regular file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</source>
            <translation>{path} is not a regular file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</source>
            <translation>{path} is a folder, not a file; SQLite cannot use it beside the journal. Move it away and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: the disk is full. No backup was made.</source>
            <translation>Cannot write the backup to {path}: the disk is full. No backup was made.</translation>
        </message>
        <message>
            <source>Cannot write the backup to {path}: it cannot be written there. No backup was made.</source>
            <translation>Cannot write the backup to {path}: it cannot be written there. No backup was made.</translation>
        </message>
        <message>
            <source>import: the file is not valid JSON (line {n}).</source>
            <translation>import: the file is not valid JSON (line {n}).</translation>
        </message>
        <message>
            <source>import: the '{code}' part of the file is damaged or incomplete; nothing was imported.</source>
            <translation>import: the '{code}' part of the file is damaged or incomplete; nothing was imported.</translation>
        </message>
        <message>
            <source>import: the '{code}' part has two entries for one date; nothing was imported.</source>
            <translation>import: the '{code}' part has two entries for one date; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field}: {value} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field}: {value} is not allowed; expected {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field} is not allowed; expected {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field} is missing; expected {allowed}. Nothing was imported.</source>
            <translation>import: {field} is missing; expected {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field} is not part of a Leader Pulse export; nothing was imported.</source>
            <translation>import: {field} is not part of a Leader Pulse export; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {n} entries in the file are already in this journal (first: {date}); nothing was imported.</source>
            <translation>import: {n} entries in the file are already in this journal (first: {date}); nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field}: {value} is not allowed; {allowed}. Nothing was imported.</source>
            <translation>import: {field}: {value} is not allowed; {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known signal (neither a built-in one nor one of the own signals in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' is not a known signal (neither a built-in one nor one of the own signals in the file or the journal). Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known demand (neither a built-in one nor one of the own demands in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' is not a known demand (neither a built-in one nor one of the own demands in the file or the journal). Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {field}: '{code}' is not a known resource (neither a built-in one nor one of the own resources in the file or the journal). Nothing was imported.</source>
            <translation>import: {field}: '{code}' is not a known resource (neither a built-in one nor one of the own resources in the file or the journal). Nothing was imported.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse key file</source>
            <translation>{path} is not a Leader Pulse key file</translation>
        </message>
        <message>
            <source>a key file already exists at {path}; it was left as it is</source>
            <translation>a key file already exists at {path}; it was left as it is</translation>
        </message>
        <message>
            <source>no key file at {path}</source>
            <translation>no key file at {path}</translation>
        </message>
        <message>
            <source>the key file {path} belongs to a different journal</source>
            <translation>the key file {path} belongs to a different journal</translation>
        </message>
        <message>
            <source>the key file {path} has no recovery key</source>
            <translation>the key file {path} has no recovery key</translation>
        </message>
        <message>
            <source>the key file {path} is a folder, not a file</source>
            <translation>the key file {path} is a folder, not a file</translation>
        </message>
        <message>
            <source>the key file {path} is damaged: {detail}</source>
            <translation>the key file {path} is damaged: {detail}</translation>
        </message>
        <message>
            <source>the key file {path} is empty</source>
            <translation>the key file {path} is empty</translation>
        </message>
        <message>
            <source>wrong recovery key: {detail}</source>
            <translation>wrong recovery key: {detail}</translation>
        </message>
        <message>
            <source>The {thing} {path} is missing and no new journal was created; {hint}</source>
            <translation>The {thing} {path} is missing and no new journal was created; {hint}</translation>
        </message>
        <message>
            <source>The {thing} {path} is damaged ({detail}) and was left as it is; {hint}</source>
            <translation>The {thing} {path} is damaged ({detail}) and was left as it is; {hint}</translation>
        </message>
        <message>
            <source>The {thing} {path} is damaged, or the key file {name} beside it belongs to another journal (its key cannot read the file); both were left as they are; {hint}</source>
            <translation>The {thing} {path} is damaged, or the key file {name} beside it belongs to another journal (its key cannot read the file); both were left as they are; {hint}</translation>
        </message>
        <message>
            <source>restore the newest good backup with: {command}</source>
            <translation>restore the newest good backup with: {command}</translation>
        </message>
        <message>
            <source>put back the key file of the newest good backup (the journal file stays as it is) with: {command}</source>
            <translation>put back the key file of the newest good backup (the journal file stays as it is) with: {command}</translation>
        </message>
        <message>
            <source>The key in the backup {path} does not open the journal file {name}; to restore the whole backup instead, run: {command}. Nothing was changed.</source>
            <translation>The key in the backup {path} does not open the journal file {name}; to restore the whole backup instead, run: {command}. Nothing was changed.</translation>
        </message>
        <message>
            <source>no backup of it was found in {path}; if you have one elsewhere, restore it with: {command} FILE</source>
            <translation>no backup of it was found in {path}; if you have one elsewhere, restore it with: {command} FILE</translation>
        </message>
        <message>
            <source>a recovery key has {n} letters and digits, this one has {count}</source>
            <translation>a recovery key has {n} letters and digits, this one has {count}</translation>
        </message>
        <message>
            <source>the key file {path} is not a regular file (a pipe, device or socket); nothing was read</source>
            <translation>the key file {path} is not a regular file (a pipe, device or socket); nothing was read</translation>
        </message>
        <message>
            <source>the key file {path} is too large to be a key file</source>
            <translation>the key file {path} is too large to be a key file</translation>
        </message>
        <message>
            <source>it asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with</source>
            <translation>it asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with</translation>
        </message>
        <message>
            <source>the key file {path} asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with, restore it from a backup</source>
            <translation>the key file {path} asks for a key derivation weaker than Leader Pulse accepts ({n} KiB of memory, {count} passes); it may have been tampered with, restore it from a backup</translation>
        </message>
        <message>
            <source>{detail}; it is damaged or belongs to another journal</source>
            <translation>{detail}; it is damaged or belongs to another journal</translation>
        </message>
        <message>
            <source>the key file {path} is damaged or belongs to another journal ({detail})</source>
            <translation>the key file {path} is damaged or belongs to another journal ({detail})</translation>
        </message>
        <message>
            <source>The journal in {path} is open in another program; close it and try again. Nothing was changed.</source>
            <translation>The journal in {path} is open in another program; close it and try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} exists already; nothing was re-encrypted.</source>
            <translation>{path} exists already; nothing was re-encrypted.</translation>
        </message>
        <message>
            <source>new passphrase: the new passphrase must differ from the current one; nothing was changed.</source>
            <translation>new passphrase: the new passphrase must differ from the current one; nothing was changed.</translation>
        </message>
        <message>
            <source>The journal could not be re-encrypted ({code}); nothing was changed.</source>
            <translation>The journal could not be re-encrypted ({code}); nothing was changed.</translation>
        </message>
        <message>
            <source>the key file in {path} belongs to a different journal</source>
            <translation>the key file in {path} belongs to a different journal</translation>
        </message>
        <message>
            <source>the key file in {path} holds a different data key</source>
            <translation>the key file in {path} holds a different data key</translation>
        </message>
        <message>
            <source>Finished a restore (or key change) of the journal in {path} that had been interrupted.</source>
            <translation>Finished a restore (or key change) of the journal in {path} that had been interrupted.</translation>
        </message>
        <message>
            <source>The write-ahead log beside the journal could not be used (it is damaged or belongs to another journal); it was kept as {path}.</source>
            <translation>The write-ahead log beside the journal could not be used (it is damaged or belongs to another journal); it was kept as {path}.</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse round file</source>
            <translation>{path} is not a Leader Pulse round file</translation>
        </message>
        <message>
            <source>{path} is not a Leader Pulse pulse file</source>
            <translation>{path} is not a Leader Pulse pulse file</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Leader Pulse (file version {code}); update the app</source>
            <translation>{path} was made by a newer version of Leader Pulse (file version {code}); update the app</translation>
        </message>
        <message>
            <source>the round file {path} is damaged ({detail}); ask for it again</source>
            <translation>the round file {path} is damaged ({detail}); ask for it again</translation>
        </message>
        <message>
            <source>the pulse file {path} is damaged ({detail}); ask for it again</source>
            <translation>the pulse file {path} is damaged ({detail}); ask for it again</translation>
        </message>
        <message>
            <source>its {code} is not valid</source>
            <translation>its {code} is not valid</translation>
        </message>
        <message>
            <source>its {code} has the wrong length</source>
            <translation>its {code} has the wrong length</translation>
        </message>
        <message>
            <source>the pulse file {path} belongs to another round, not to "{name}"; nothing was combined</source>
            <translation>the pulse file {path} belongs to another round, not to "{name}"; nothing was combined</translation>
        </message>
        <message>
            <source>the pulse file {path} cannot be opened with this round's key (it was made for another round, or changed on the way); nothing was combined</source>
            <translation>the pulse file {path} cannot be opened with this round's key (it was made for another round, or changed on the way); nothing was combined</translation>
        </message>
        <message>
            <source>the pulse file {path} is damaged: what it holds is not a pulse this app reads; nothing was combined</source>
            <translation>the pulse file {path} is damaged: what it holds is not a pulse this app reads; nothing was combined</translation>
        </message>
        <message>
            <source>this group picture leaves out {leaders} of the picture of {date} at {time}, so their figures could be read from the difference; make the picture again with the same files as then; nothing was combined</source>
            <translation>this group picture leaves out {leaders} of the picture of {date} at {time}, so their figures could be read from the difference; make the picture again with the same files as then; nothing was combined</translation>
        </message>
        <message>
            <source>this round already has its group picture, made on {date} at {time}; one with more leaders would let the added leaders' figures be read from the difference, so make it again with the same files, or start a round for later weeks; nothing was combined</source>
            <translation>this round already has its group picture, made on {date} at {time}; one with more leaders would let the added leaders' figures be read from the difference, so make it again with the same files, or start a round for later weeks; nothing was combined</translation>
        </message>
        <message>
            <source>the round "{name}" of this journal already covers {start} to {end}; two rounds over the same weeks could be compared to read one leader's figures, so let the new round start after {end}; no round was started</source>
            <translation>the round "{name}" of this journal already covers {start} to {end}; two rounds over the same weeks could be compared to read one leader's figures, so let the new round start after {end}; no round was started</translation>
        </message>
        <message>
            <source>the group picture needs pulses from at least {n} leaders and has {count}: {more} more needed; nothing was combined</source>
            <translation>the group picture needs pulses from at least {n} leaders and has {count}: {more} more needed; nothing was combined</translation>
        </message>
        <message>
            <source>the pulse opened, but it was not made by Leader Pulse</source>
            <translation>the pulse opened, but it was not made by Leader Pulse</translation>
        </message>
        <message>
            <source>the round file's key cannot be used to seal a pulse (the file was changed or made by hand); ask the facilitator for the round file again; nothing was written</source>
            <translation>the round file's key cannot be used to seal a pulse (the file was changed or made by hand); ask the facilitator for the round file again; nothing was written</translation>
        </message>
        <message>
            <source>a pulse sent again after the group picture of {date} at {time} would show that leader's change; combine with the same pulse of that leader as then; nothing was combined</source>
            <translation>a pulse sent again after the group picture of {date} at {time} would show that leader's change; combine with the same pulse of that leader as then; nothing was combined</translation>
        </message>
        <message>
            <source>the pulse is too large to seal ({size} bytes, at most {limit}); nothing was written</source>
            <translation>the pulse is too large to seal ({size} bytes, at most {limit}); nothing was written</translation>
        </message>
        <message>
            <source>{n} leaders</source>
            <translation>{n} leaders</translation>
        </message>
        <message>
            <source>a group picture of this round that the journal remembers cannot be read, so a new one cannot be checked against it; nothing was combined</source>
            <translation>a group picture of this round that the journal remembers cannot be read, so a new one cannot be checked against it; nothing was combined</translation>
        </message>
        <message>
            <source>the journal's secret for pulse tokens cannot be read, so no pulse can be made that counts as yours; nothing was written</source>
            <translation>the journal's secret for pulse tokens cannot be read, so no pulse can be made that counts as yours; nothing was written</translation>
        </message>
        <message>
            <source>calendar: {path} is a web address, and the app opens no network connection; export the calendar as an .ics file and choose that file</source>
            <translation>calendar: {path} is a web address, and the app opens no network connection; export the calendar as an .ics file and choose that file</translation>
        </message>
        <message>
            <source>calendar: {path} is not an iCalendar file (.ics); nothing was read from it</source>
            <translation>calendar: {path} is not an iCalendar file (.ics); nothing was read from it</translation>
        </message>
        <message>
            <source>calendar: there is no file at {path}</source>
            <translation>calendar: there is no file at {path}</translation>
        </message>
        <message>
            <source>calendar: {path} holds more repeating events than can be read for one day; nothing was read from it; export a shorter period</source>
            <translation>calendar: {path} holds more repeating events than can be read for one day; nothing was read from it; export a shorter period</translation>
        </message>
        <message>
            <source>calendar: {n} repeating events were left out: their rules take too long to read</source>
            <translation>calendar: {n} repeating events were left out: their rules take too long to read</translation>
        </message>
        <message>
            <source>calendar: {path} holds more than {n} events around {date}; no calendar of a working day does, so nothing was read from it</source>
            <translation>calendar: {path} holds more than {n} events around {date}; no calendar of a working day does, so nothing was read from it</translation>
        </message>
        <message>
            <source>calendar: {path} ends in the middle (it may still be being written); nothing was read from it; try again in a moment</source>
            <translation>calendar: {path} ends in the middle (it may still be being written); nothing was read from it; try again in a moment</translation>
        </message>
        <message>
            <source>calendar: {path} is a folder, not a calendar file (.ics)</source>
            <translation>calendar: {path} is a folder, not a calendar file (.ics)</translation>
        </message>
        <message>
            <source>calendar: cannot read {path} ({reason})</source>
            <translation>calendar: cannot read {path} ({reason})</translation>
        </message>
        <message>
            <source>calendar: {path} could not be read as iCalendar (.ics); nothing was read from it</source>
            <translation>calendar: {path} could not be read as iCalendar (.ics); nothing was read from it</translation>
        </message>
        <message>
            <source>calendar: an event from {start} that repeats {detail} was left out: it repeats too often to be read</source>
            <translation>calendar: an event from {start} that repeats {detail} was left out: it repeats too often to be read</translation>
        </message>
        <message>
            <source>calendar: an event at {time} names a time zone the file does not define ({zone}); it was counted in your local time</source>
            <translation>calendar: an event at {time} names a time zone the file does not define ({zone}); it was counted in your local time</translation>
        </message>
        <message>
            <source>"open" or "resolved"</source>
            <translation>"open" or "resolved"</translation>
        </message>
        <message>
            <source>"operations", "leadership" or "own_work"</source>
            <translation>"operations", "leadership" or "own_work"</translation>
        </message>
        <message>
            <source>"signal", "demand" or "resource"</source>
            <translation>"signal", "demand" or "resource"</translation>
        </message>
        <message>
            <source>a 1:1: held_on, with_whom, agenda, notes and actions</source>
            <translation>a 1:1: held_on, with_whom, agenda, notes and actions</translation>
        </message>
        <message>
            <source>a Leader Pulse JSON export: the whole journal (or the dated records of a period), written by `wellbeing-desktop export --format json` and read by `wellbeing-desktop import`. Version 1 files (written before the export carried its time, the app's version and the consent log) have no exported_at, app_version or export_log; version 2 adds them. Dated records may be limited to a period; the consent log is always whole.</source>
            <translation>a Leader Pulse JSON export: the whole journal (or the dated records of a period), written by `wellbeing-desktop export --format json` and read by `wellbeing-desktop import`. Version 1 files (written before the export carried its time, the app's version and the consent log) have no exported_at, app_version or export_log; version 2 adds them. Dated records may be limited to a period; the consent log is always whole.</translation>
        </message>
        <message>
            <source>a WHO-5 check-in: taken_on and answers</source>
            <translation>a WHO-5 check-in: taken_on and answers</translation>
        </message>
        <message>
            <source>a category: key, name_da, name_en and kind</source>
            <translation>a category: key, name_da, name_en and kind</translation>
        </message>
        <message>
            <source>a consent-log entry: made_at, kind, format, period_start, period_end, sections and reflection_days</source>
            <translation>a consent-log entry: made_at, kind, format, period_start, period_end, sections and reflection_days</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>a date written YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a day: an object with at least its date</source>
            <translation>a day: an object with at least its date</translation>
        </message>
        <message>
            <source>a list of 1:1 meetings</source>
            <translation>a list of 1:1 meetings</translation>
        </message>
        <message>
            <source>a list of WHO-5 check-ins</source>
            <translation>a list of WHO-5 check-ins</translation>
        </message>
        <message>
            <source>a list of actions</source>
            <translation>a list of actions</translation>
        </message>
        <message>
            <source>a list of activity categories</source>
            <translation>a list of activity categories</translation>
        </message>
        <message>
            <source>a list of agenda points (texts)</source>
            <translation>a list of agenda points (texts)</translation>
        </message>
        <message>
            <source>a list of dates (YYYY-MM-DD)</source>
            <translation>a list of dates (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>a list of days</source>
            <translation>a list of days</translation>
        </message>
        <message>
            <source>a list of demand keys</source>
            <translation>a list of demand keys</translation>
        </message>
        <message>
            <source>a list of report sections</source>
            <translation>a list of report sections</translation>
        </message>
        <message>
            <source>a list of resource keys</source>
            <translation>a list of resource keys</translation>
        </message>
        <message>
            <source>a list of signal keys</source>
            <translation>a list of signal keys</translation>
        </message>
        <message>
            <source>a list of sparring topics</source>
            <translation>a list of sparring topics</translation>
        </message>
        <message>
            <source>a list of tags</source>
            <translation>a list of tags</translation>
        </message>
        <message>
            <source>a list of the user's own signals, demands and resources</source>
            <translation>a list of the user's own signals, demands and resources</translation>
        </message>
        <message>
            <source>a report section: "time_split", "stress", "demands_resources", "who5", "sparring" or "reflections"</source>
            <translation>a report section: "time_split", "stress", "demands_resources", "who5", "sparring" or "reflections"</translation>
        </message>
        <message>
            <source>a signal group ("bodily", "emotional", "cognitive", "behavioural", "own") or null</source>
            <translation>a signal group ("bodily", "emotional", "cognitive", "behavioural", "own") or null</translation>
        </message>
        <message>
            <source>a sparring topic: raised_on, situation, with_whom, status, resolved_on and notes</source>
            <translation>a sparring topic: raised_on, situation, with_whom, status, resolved_on and notes</translation>
        </message>
        <message>
            <source>a stress step, a whole number from 1 to 5, or null</source>
            <translation>a stress step, a whole number from 1 to 5, or null</translation>
        </message>
        <message>
            <source>an object with the entry's fields</source>
            <translation>an object with the entry's fields</translation>
        </message>
        <message>
            <source>a date such as 2026-11-20</source>
            <translation>a date such as 2026-11-20</translation>
        </message>
        <message>
            <source>a time such as 16:30</source>
            <translation>a time such as 16:30</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>a list of texts</source>
            <translation>a list of texts</translation>
        </message>
        <message>
            <source>a time in UTC such as 2026-11-20T15:30:00Z</source>
            <translation>a time in UTC such as 2026-11-20T15:30:00Z</translation>
        </message>
        <message>
            <source>a time zone name such as Europe/Copenhagen</source>
            <translation>a time zone name such as Europe/Copenhagen</translation>
        </message>
        <message>
            <source>import: cannot read {path} ({reason}); nothing was imported.</source>
            <translation>import: cannot read {path} ({reason}); nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} is not valid JSON (at entry {n} or before it); it may be damaged; nothing was imported.</source>
            <translation>import: {path} is not valid JSON (at entry {n} or before it); it may be damaged; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} ends in the middle of entry {n}; it may be cut short or still being written; nothing was imported.</source>
            <translation>import: {path} ends in the middle of entry {n}; it may be cut short or still being written; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} is a damaged .zip file; nothing was imported.</source>
            <translation>import: {path} is a damaged .zip file; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} is not a {app} export (it has no list of entries); nothing was imported.</source>
            <translation>import: {path} is not a {app} export (it has no list of entries); nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: {key} is missing; expected {allowed}. Nothing was imported.</source>
            <translation>import: {path}, entry {entry}: {key} is missing; expected {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: {key} is not allowed; expected {allowed}. Nothing was imported.</source>
            <translation>import: {path}, entry {entry}: {key} is not allowed; expected {allowed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} is a .zip file without a Day One journal (.json) in it; nothing was imported.</source>
            <translation>import: {path} is a .zip file without a Day One journal (.json) in it; nothing was imported.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text</source>
            <translation>the file is not UTF-8 text</translation>
        </message>
        <message>
            <source>it is no regular file (a pipe, a device, or a link to one); remove it</source>
            <translation>it is no regular file (a pipe, a device, or a link to one); remove it</translation>
        </message>
        <message>
            <source>the file cannot be read as CSV (a quoted field is not closed, or a field is too long)</source>
            <translation>the file cannot be read as CSV (a quoted field is not closed, or a field is too long)</translation>
        </message>
        <message>
            <source>the mood is empty; every Daylio entry has one</source>
            <translation>the mood is empty; every Daylio entry has one</translation>
        </message>
        <message>
            <source>this is neither a folder of daily notes nor a Markdown note</source>
            <translation>this is neither a folder of daily notes nor a Markdown note</translation>
        </message>
        <message>
            <source>lines 'category: minutes' indented under it</source>
            <translation>lines 'category: minutes' indented under it</translation>
        </message>
        <message>
            <source>The Markdown export you started was stopped because the journal locked; no folder was made and nothing was logged.</source>
            <translation>The Markdown export you started was stopped because the journal locked; no folder was made and nothing was logged.</translation>
        </message>
        <message>
            <source>The import you started was stopped because the journal locked; nothing was imported.</source>
            <translation>The import you started was stopped because the journal locked; nothing was imported.</translation>
        </message>
        <message>
            <source>The import you started was finished before the journal locked: {days} days were imported.</source>
            <translation>The import you started was finished before the journal locked: {days} days were imported.</translation>
        </message>
        <message>
            <source>The import you started was refused before the journal locked; nothing was imported: {reason}</source>
            <translation>The import you started was refused before the journal locked; nothing was imported: {reason}</translation>
        </message>
        <message>
            <source>The Markdown export you started was finished before the journal locked: {path}</source>
            <translation>The Markdown export you started was finished before the journal locked: {path}</translation>
        </message>
        <message>
            <source>The Markdown export you started failed before the journal locked; no folder was made: {reason}</source>
            <translation>The Markdown export you started failed before the journal locked; no folder was made: {reason}</translation>
        </message>
        <message>
            <source>import: {path}: {problem}. Nothing was imported.</source>
            <translation>import: {path}: {problem}. Nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {n} (line {line}): {problem}. Nothing was imported.</source>
            <translation>import: {path}, entry {n} (line {line}): {problem}. Nothing was imported.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>the file cannot be read ({reason})</translation>
        </message>
        <message>
            <source>this is not a Daylio CSV export (its first line must name the columns {columns})</source>
            <translation>this is not a Daylio CSV export (its first line must name the columns {columns})</translation>
        </message>
        <message>
            <source>it has {n} fields; the first line names {expected}</source>
            <translation>it has {n} fields; the first line names {expected}</translation>
        </message>
        <message>
            <source>full_date {value} is not a date like 2026-11-20</source>
            <translation>full_date {value} is not a date like 2026-11-20</translation>
        </message>
        <message>
            <source>time {value} is not a time like 14:58 or 2:58 pm</source>
            <translation>time {value} is not a time like 14:58 or 2:58 pm</translation>
        </message>
        <message>
            <source>the note is larger than {n} bytes; a day's reflection holds at most {chars} characters</source>
            <translation>the note is larger than {n} bytes; a day's reflection holds at most {chars} characters</translation>
        </message>
        <message>
            <source>line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines '- a' under tags:</source>
            <translation>line {n} of the front matter cannot be read; write tags as tags: [a, b] or as lines '- a' under tags:</translation>
        </message>
        <message>
            <source>in the front matter, {key}: {value} is not allowed; {allowed}</source>
            <translation>in the front matter, {key}: {value} is not allowed; {allowed}</translation>
        </message>
        <message>
            <source>the folder holds more than {n} files and folders; choose the folder of your daily notes</source>
            <translation>the folder holds more than {n} files and folders; choose the folder of your daily notes</translation>
        </message>
        <message>
            <source>import: export version {code} is not supported (this app reads versions 1 to {n}).</source>
            <translation>import: export version {code} is not supported (this app reads versions 1 to {n}).</translation>
        </message>
        <message>
            <source>import: {path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or give its format with --format); nothing was imported.</source>
            <translation>import: {path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or give its format with --format); nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: the reflection of {day} would be longer than {chars} characters; nothing was imported.</source>
            <translation>import: {path}, entry {entry}: the reflection of {day} would be longer than {chars} characters; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: its date {day} is before {earliest}, the first day a journal holds; nothing was imported.</source>
            <translation>import: {path}, entry {entry}: its date {day} is before {earliest}, the first day a journal holds; nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path}, entry {entry}: its text holds a character the journal cannot keep (a NUL character, or a broken one); nothing was imported.</source>
            <translation>import: {path}, entry {entry}: its text holds a character the journal cannot keep (a NUL character, or a broken one); nothing was imported.</translation>
        </message>
        <message>
            <source>import: {path} changed since the preview; nothing was imported. Look at the preview again.</source>
            <translation>import: {path} changed since the preview; nothing was imported. Look at the preview again.</translation>
        </message>
        <message>
            <source>import: the file would put text on days you share (1:1 or coach), the first {day}; that was not confirmed, so nothing was imported.</source>
            <translation>import: the file would put text on days you share (1:1 or coach), the first {day}; that was not confirmed, so nothing was imported.</translation>
        </message>
        <message>
            <source>import: {day} has been shared (1:1 or coach) since the preview was made; nothing was imported. Look at the preview again.</source>
            <translation>import: {day} has been shared (1:1 or coach) since the preview was made; nothing was imported. Look at the preview again.</translation>
        </message>
        <message>
            <source>a whole number from 0 to 5</source>
            <translation>a whole number from 0 to 5</translation>
        </message>
        <message>
            <source>a whole number of minutes, from 0 to 1440 (24 h)</source>
            <translation>a whole number of minutes, from 0 to 1440 (24 h)</translation>
        </message>
        <message>
            <source>the auto-lock minutes, a whole number from 0 to 240 (0: off)</source>
            <translation>the auto-lock minutes, a whole number from 0 to 240 (0: off)</translation>
        </message>
        <message>
            <source>the leadership target, a whole number of percent from 0 to 100</source>
            <translation>the leadership target, a whole number of percent from 0 to 100</translation>
        </message>
        <message>
            <source>the weekly hours norm, a number of hours from 1 to 80</source>
            <translation>the weekly hours norm, a number of hours from 1 to 80</translation>
        </message>
        <message>
            <source>the working time in minutes (a whole number from 0 to 1440), or null</source>
            <translation>the working time in minutes (a whole number from 0 to 1440), or null</translation>
        </message>
        <message>
            <source>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset (older files have none: read as local time)</source>
            <translation>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset (older files have none: read as local time)</translation>
        </message>
        <message>
            <source>an action: text and done</source>
            <translation>an action: text and done</translation>
        </message>
        <message>
            <source>"one-on-one", "coach", "json", "csv", "xlsx", "pulse", "leader-group" or "markdown"</source>
            <translation>"one-on-one", "coach", "json", "csv", "xlsx", "pulse", "leader-group" or "markdown"</translation>
        </message>
        <message>
            <source>"pdf", "md", "html", "json", "csv", "xlsx" or "pulse"</source>
            <translation>"pdf", "md", "html", "json", "csv", "xlsx" or "pulse"</translation>
        </message>
        <message>
            <source>an own item: key, catalogue, label_da, label_en and group</source>
            <translation>an own item: key, catalogue, label_da, label_en and group</translation>
        </message>
        <message>
            <source>five answers, each a whole number from 0 to 5</source>
            <translation>five answers, each a whole number from 0 to 5</translation>
        </message>
        <message>
            <source>minutes per category key (whole numbers, 0 or more)</source>
            <translation>minutes per category key (whole numbers, 0 or more)</translation>
        </message>
        <message>
            <source>the Danish label, a text</source>
            <translation>the Danish label, a text</translation>
        </message>
        <message>
            <source>the Danish name, a text</source>
            <translation>the Danish name, a text</translation>
        </message>
        <message>
            <source>the English label, a text</source>
            <translation>the English label, a text</translation>
        </message>
        <message>
            <source>the English name, a text</source>
            <translation>the English name, a text</translation>
        </message>
        <message>
            <source>the action, a text</source>
            <translation>the action, a text</translation>
        </message>
        <message>
            <source>the category's key, a text</source>
            <translation>the category's key, a text</translation>
        </message>
        <message>
            <source>the consent log: a list of the files that left the journal</source>
            <translation>the consent log: a list of the files that left the journal</translation>
        </message>
        <message>
            <source>the day it was resolved (YYYY-MM-DD), or null</source>
            <translation>the day it was resolved (YYYY-MM-DD), or null</translation>
        </message>
        <message>
            <source>the demands, a whole number from 0 to 10, or null</source>
            <translation>the demands, a whole number from 0 to 10, or null</translation>
        </message>
        <message>
            <source>the energy, a whole number from 1 to 5, or null</source>
            <translation>the energy, a whole number from 1 to 5, or null</translation>
        </message>
        <message>
            <source>the export format's version, 1 or 2</source>
            <translation>the export format's version, 1 or 2</translation>
        </message>
        <message>
            <source>the first day of the period (YYYY-MM-DD), or null</source>
            <translation>the first day of the period (YYYY-MM-DD), or null</translation>
        </message>
        <message>
            <source>the item's key, a text</source>
            <translation>the item's key, a text</translation>
        </message>
        <message>
            <source>the journal's language, "da" or "en"</source>
            <translation>the journal's language, "da" or "en"</translation>
        </message>
        <message>
            <source>the journal's settings (an object)</source>
            <translation>the journal's settings (an object)</translation>
        </message>
        <message>
            <source>the last day of the period (YYYY-MM-DD), or null</source>
            <translation>the last day of the period (YYYY-MM-DD), or null</translation>
        </message>
        <message>
            <source>the notes, a text</source>
            <translation>the notes, a text</translation>
        </message>
        <message>
            <source>the reflection, a text</source>
            <translation>the reflection, a text</translation>
        </message>
        <message>
            <source>the reminder time HH:MM, or null for none</source>
            <translation>the reminder time HH:MM, or null for none</translation>
        </message>
        <message>
            <source>the resources, a whole number from 0 to 10, or null</source>
            <translation>the resources, a whole number from 0 to 10, or null</translation>
        </message>
        <message>
            <source>the situation, a text</source>
            <translation>the situation, a text</translation>
        </message>
        <message>
            <source>the text "leader-pulse-export"</source>
            <translation>the text "leader-pulse-export"</translation>
        </message>
        <message>
            <source>the version of the app that wrote the file</source>
            <translation>the version of the app that wrote the file</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset</source>
            <translation>when the file was written: a local date and time, YYYY-MM-DDTHH:MM:SS with the UTC offset</translation>
        </message>
        <message>
            <source>who may see the reflection: "private", "one-on-one" or "coach"</source>
            <translation>who may see the reflection: "private", "one-on-one" or "coach"</translation>
        </message>
        <message>
            <source>with whom, a text</source>
            <translation>with whom, a text</translation>
        </message>
        <message>
            <source>what the schema describes</source>
            <translation>what the schema describes</translation>
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
            <translation>{target} or more (target)</translation>
        </message>
        <message>
            <source>Bold date = a day in the journal</source>
            <translation>Bold date = a day in the journal</translation>
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
            <translation>Step {n} · {name}</translation>
        </message>
        <message>
            <source>{percent} leadership</source>
            <translation>{percent} leadership</translation>
        </message>
        <message>
            <source>No reflection written</source>
            <translation>No reflection written</translation>
        </message>
    </context>
    <context>
        <name>journal_view</name>
        <message>
            <source>Search the journal</source>
            <translation>Search the journal</translation>
        </message>
        <message>
            <source>Search the journal (Ctrl+F)</source>
            <translation>Search the journal (Ctrl+F)</translation>
        </message>
        <message>
            <source>All words must be found, each as the start of a word; case and accents do not matter, and å finds a, but æ and ø are letters of their own. "a phrase" finds the words next to each other, budget OR economy either word, -word leaves out what has it.</source>
            <translation>All words must be found, each as the start of a word; case and accents do not matter, and å finds a, but æ and ø are letters of their own. "a phrase" finds the words next to each other, budget OR economy either word, -word leaves out what has it.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Colour the days by</source>
            <translation>Colour the days by</translation>
        </message>
        <message>
            <source>Stress step</source>
            <translation>Stress step</translation>
        </message>
        <message>
            <source>Leadership share</source>
            <translation>Leadership share</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>{n} days with entries</source>
            <translation>{n} days with entries</translation>
        </message>
        <message>
            <source>1 day with an entry</source>
            <translation>1 day with an entry</translation>
        </message>
        <message>
            <source>Nothing written in {month}. Pick another month in the calendar.</source>
            <translation>Nothing written in {month}. Pick another month in the calendar.</translation>
        </message>
        <message>
            <source>{n} results for “{query}”</source>
            <translation>{n} results for “{query}”</translation>
        </message>
        <message>
            <source>1 result for “{query}”</source>
            <translation>1 result for “{query}”</translation>
        </message>
        <message>
            <source>The {n} newest of {total} results for “{query}” – type more words to narrow it down.</source>
            <translation>The {n} newest of {total} results for “{query}” – type more words to narrow it down.</translation>
        </message>
        <message>
            <source>Nothing in the journal matches “{query}”.</source>
            <translation>Nothing in the journal matches “{query}”.</translation>
        </message>
        <message>
            <source>“{query}” only names words to leave out (-word, NOT word): add a word to look for.</source>
            <translation>“{query}” only names words to leave out (-word, NOT word): add a word to look for.</translation>
        </message>
        <message>
            <source>Enter or double-click opens the day.</source>
            <translation>Enter or double-click opens the day.</translation>
        </message>
        <message>
            <source>Enter or double-click opens the day · Esc clears the search.</source>
            <translation>Enter or double-click opens the day · Esc clears the search.</translation>
        </message>
        <message>
            <source>Days in the journal</source>
            <translation>Days in the journal</translation>
        </message>
    </context>
    <context>
        <name>leader_group</name>
        <message>
            <source>Keep a finger on the pulse – for the leaders as a group. Numbers only, anonymous, and combined only in groups of five or more.</source>
            <translation>Keep a finger on the pulse – for the leaders as a group. Numbers only, anonymous, and combined only in groups of five or more.</translation>
        </message>
        <message>
            <source>Share your pulse</source>
            <translation>Share your pulse</translation>
        </message>
        <message>
            <source>Open round file…</source>
            <translation>Open round file…</translation>
        </message>
        <message>
            <source>Open the round file your facilitator sent you</source>
            <translation>Open the round file your facilitator sent you</translation>
        </message>
        <message>
            <source>Open the round file</source>
            <translation>Open the round file</translation>
        </message>
        <message>
            <source>Open the round file your facilitator sent you. You see exactly what would be shared before anything is saved.</source>
            <translation>Open the round file your facilitator sent you. You see exactly what would be shared before anything is saved.</translation>
        </message>
        <message>
            <source>{name} · {period}</source>
            <translation>{name} · {period}</translation>
        </message>
        <message>
            <source>What the file will hold</source>
            <translation>What the file will hold</translation>
        </message>
        <message>
            <source>Also share my WHO-5 level</source>
            <translation>Also share my WHO-5 level</translation>
        </message>
        <message>
            <source>Save pulse file…</source>
            <translation>Save pulse file…</translation>
        </message>
        <message>
            <source>Save the pulse file, encrypted to the round's key, to send it back</source>
            <translation>Save the pulse file, encrypted to the round's key, to send it back</translation>
        </message>
        <message>
            <source>Save the pulse file (only the round's key opens it)</source>
            <translation>Save the pulse file (only the round's key opens it)</translation>
        </message>
        <message>
            <source>Saved to {path}. Send the file to your facilitator.</source>
            <translation>Saved to {path}. Send the file to your facilitator.</translation>
        </message>
        <message>
            <source>You have no logged days from {start} to {end}, so there is nothing to share.</source>
            <translation>You have no logged days from {start} to {end}, so there is nothing to share.</translation>
        </message>
        <message>
            <source>Facilitate a round</source>
            <translation>Facilitate a round</translation>
        </message>
        <message>
            <source>For HR or the chair of the leader group: start a round, send the round file to the leaders, then combine the pulse files they send back.</source>
            <translation>For HR or the chair of the leader group: start a round, send the round file to the leaders, then combine the pulse files they send back.</translation>
        </message>
        <message>
            <source>Start a round…</source>
            <translation>Start a round…</translation>
        </message>
        <message>
            <source>Choose a name, a period and the minimum group, and save the round file</source>
            <translation>Choose a name, a period and the minimum group, and save the round file</translation>
        </message>
        <message>
            <source>Your rounds</source>
            <translation>Your rounds</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Round code {code} · at least {min_group} leaders</source>
            <translation>Round code {code} · at least {min_group} leaders</translation>
        </message>
        <message>
            <source>No rounds yet. Start one when the leader group wants a shared picture.</source>
            <translation>No rounds yet. Start one when the leader group wants a shared picture.</translation>
        </message>
        <message>
            <source>Save round file…</source>
            <translation>Save round file…</translation>
        </message>
        <message>
            <source>Save the selected round's file again (to send it once more)</source>
            <translation>Save the selected round's file again (to send it once more)</translation>
        </message>
        <message>
            <source>Combine pulse files…</source>
            <translation>Combine pulse files…</translation>
        </message>
        <message>
            <source>Choose the pulse files the leaders sent for the selected round</source>
            <translation>Choose the pulse files the leaders sent for the selected round</translation>
        </message>
        <message>
            <source>Choose the round's pulse files</source>
            <translation>Choose the round's pulse files</translation>
        </message>
        <message>
            <source>Combining…</source>
            <translation>Combining…</translation>
        </message>
        <message>
            <source>Select a round in the list first.</source>
            <translation>Select a round in the list first.</translation>
        </message>
        <message>
            <source>The round “{name}” already covers {start} – {end}: choose Monday {next} or later as From, or weeks before it.</source>
            <translation>The round “{name}” already covers {start} – {end}: choose Monday {next} or later as From, or weeks before it.</translation>
        </message>
        <message>
            <source>Round code {code} – ask your facilitator if it matches.</source>
            <translation>Round code {code} – ask your facilitator if it matches.</translation>
        </message>
        <message>
            <source>Round files</source>
            <translation>Round files</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>All files</translation>
        </message>
        <message>
            <source>Pulse files</source>
            <translation>Pulse files</translation>
        </message>
        <message>
            <source>The file saved to {path} holds your earlier choice, not what is shown now. Save again to send this.</source>
            <translation>The file saved to {path} holds your earlier choice, not what is shown now. Save again to send this.</translation>
        </message>
        <message>
            <source>{name}
{period} · at least {min_group} leaders · round code {code}</source>
            <translation>{name}
{period} · at least {min_group} leaders · round code {code}</translation>
        </message>
        <message>
            <source>The round file is saved to {path}. Send it to the leaders, and read out the round code {code}.</source>
            <translation>The round file is saved to {path}. Send it to the leaders, and read out the round code {code}.</translation>
        </message>
        <message>
            <source>The round is started, but its file was not written: {reason} Save it again from the list.</source>
            <translation>The round is started, but its file was not written: {reason} Save it again from the list.</translation>
        </message>
        <message>
            <source>Save the round file (it holds no secret)</source>
            <translation>Save the round file (it holds no secret)</translation>
        </message>
        <message>
            <source>Start a round</source>
            <translation>Start a round</translation>
        </message>
        <message>
            <source>The leaders share their pulse for this period. The round's private key stays in your journal: only you can combine the pulses.</source>
            <translation>The leaders share their pulse for this period. The round's private key stays in your journal: only you can combine the pulses.</translation>
        </message>
        <message>
            <source>e.g. Leader group, autumn 2026</source>
            <translation>e.g. Leader group, autumn 2026</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>{weeks} whole weeks, from Monday {start} to Sunday {end}.</source>
            <translation>{weeks} whole weeks, from Monday {start} to Sunday {end}.</translation>
        </message>
        <message>
            <source>A round covers whole weeks: choose a Monday as From.</source>
            <translation>A round covers whole weeks: choose a Monday as From.</translation>
        </message>
        <message>
            <source>A round covers at least 2 whole weeks: choose a Sunday as To, {date} or later.</source>
            <translation>A round covers at least 2 whole weeks: choose a Sunday as To, {date} or later.</translation>
        </message>
        <message>
            <source>Minimum group</source>
            <translation>Minimum group</translation>
        </message>
        <message>
            <source>At least 5: fewer pulses are never combined.</source>
            <translation>At least 5: fewer pulses are never combined.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The group picture</source>
            <translation>The group picture</translation>
        </message>
        <message>
            <source>{leaders} leaders combined. No single pulse is shown, and a figure that would rest on fewer than three leaders is left out.</source>
            <translation>{leaders} leaders combined. No single pulse is shown, and a figure that would rest on fewer than three leaders is left out.</translation>
        </message>
        <message>
            <source>The group picture as the report shows it</source>
            <translation>The group picture as the report shows it</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>Save report…</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Saved to {path}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>leader-group</source>
            <translation>leader-group</translation>
        </message>
    </context>
    <context>
        <name>locale_format</name>
        <message>
            <source>week {week}</source>
            <translation>week {week}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes} m</source>
            <translation>{hours} h {minutes} m</translation>
        </message>
        <message>
            <source>{minutes} m</source>
            <translation>{minutes} m</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} h {minutes}</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <translation>d MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>lock_reason</name>
        <message>
            <source>Locked after 1 minute without use.</source>
            <translation>Locked after 1 minute without use.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minutes without use.</source>
            <translation>Locked after {minutes} minutes without use.</translation>
        </message>
        <message>
            <source>Locked because the window was closed.</source>
            <translation>Locked because the window was closed.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Locked because the screen was locked.</translation>
        </message>
        <message>
            <source>Locked because the computer went to sleep.</source>
            <translation>Locked because the computer went to sleep.</translation>
        </message>
        <message>
            <source>Everything you typed is saved.</source>
            <translation>Everything you typed is saved.</translation>
        </message>
        <message>
            <source>Some of what you typed could not be saved before the journal locked.</source>
            <translation>Some of what you typed could not be saved before the journal locked.</translation>
        </message>
        <message>
            <source>Saving what you typed as soon as the journal has finished opening…</source>
            <translation>Saving what you typed as soon as the journal has finished opening…</translation>
        </message>
        <message>
            <source>What you typed on Today was not saved. {reason}</source>
            <translation>What you typed on Today was not saved. {reason}</translation>
        </message>
        <message>
            <source>The journal could not be opened. {reason}</source>
            <translation>The journal could not be opened. {reason}</translation>
        </message>
    </context>
    <context>
        <name>one_on_one_view</name>
        <message>
            <source>leader-pulse</source>
            <translation>leader-pulse</translation>
        </message>
    </context>
    <context>
        <name>one_on_one_words</name>
        <message>
            <source>Prepare your next 1:1 with your own leader. The app suggests an agenda from your days – you decide what goes in.</source>
            <translation>Prepare your next 1:1 with your own leader. The app suggests an agenda from your days – you decide what goes in.</translation>
        </message>
        <message>
            <source>New 1:1</source>
            <translation>New 1:1</translation>
        </message>
        <message>
            <source>Create a new 1:1 (Ctrl+N)</source>
            <translation>Create a new 1:1 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Summary for a coach…</source>
            <translation>Summary for a coach…</translation>
        </message>
        <message>
            <source>Choose period and sections, see exactly what is shared, and save a file</source>
            <translation>Choose period and sections, see exactly what is shared, and save a file</translation>
        </message>
        <message>
            <source>Shared exports</source>
            <translation>Shared exports</translation>
        </message>
        <message>
            <source>See what has been exported from the app, and when</source>
            <translation>See what has been exported from the app, and when</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>No 1:1 yet.</source>
            <translation>No 1:1 yet.</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete the selected 1:1</source>
            <translation>Delete the selected 1:1</translation>
        </message>
        <message>
            <source>Delete 1:1</source>
            <translation>Delete 1:1</translation>
        </message>
        <message>
            <source>Delete the 1:1 with {who} on {day}? Its agenda, notes and actions go too.</source>
            <translation>Delete the 1:1 with {who} on {day}? Its agenda, notes and actions go too.</translation>
        </message>
        <message>
            <source>Choose a 1:1 in the list – or create a new one.</source>
            <translation>Choose a 1:1 in the list – or create a new one.</translation>
        </message>
        <message>
            <source>Create your next 1:1 with “New 1:1”. The app then drafts an agenda from your days since the last 1:1, with open actions from last time at the top. You edit, move and delete freely – and nothing leaves the app until you export it yourself.</source>
            <translation>Create your next 1:1 with “New 1:1”. The app then drafts an agenda from your days since the last 1:1, with open actions from last time at the top. You edit, move and delete freely – and nothing leaves the app until you export it yourself.</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>upcoming</translation>
        </message>
        <message>
            <source>with {who}</source>
            <translation>with {who}</translation>
        </message>
        <message>
            <source>{n} points</source>
            <translation>{n} points</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 point</translation>
        </message>
        <message>
            <source>{n} open actions</source>
            <translation>{n} open actions</translation>
        </message>
        <message>
            <source>1 open action</source>
            <translation>1 open action</translation>
        </message>
        <message>
            <source>1:1 with {who}</source>
            <translation>1:1 with {who}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Change the date or who it is with</source>
            <translation>Change the date or who it is with</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>The draft is built from your days in the period – by default since the last 1:1.</source>
            <translation>The draft is built from your days in the period – by default since the last 1:1.</translation>
        </message>
        <message>
            <source>Draft agenda</source>
            <translation>Draft agenda</translation>
        </message>
        <message>
            <source>Suggest an agenda from the period; open actions from the last 1:1 come first</source>
            <translation>Suggest an agenda from the period; open actions from the last 1:1 come first</translation>
        </message>
        <message>
            <source>Drafting…</source>
            <translation>Drafting…</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>New draft</translation>
        </message>
        <message>
            <source>The agenda already has {points}. Replace it with a new draft?</source>
            <translation>The agenda already has {points}. Replace it with a new draft?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>There was nothing to suggest for the period. Add your own points.</source>
            <translation>There was nothing to suggest for the period. Add your own points.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Press “Draft agenda” for a suggestion from the period – or add your own points.</source>
            <translation>Press “Draft agenda” for a suggestion from the period – or add your own points.</translation>
        </message>
        <message>
            <source>Drag the points into place or use Alt+↑/↓. Double-click or F2 to edit.</source>
            <translation>Drag the points into place or use Alt+↑/↓. Double-click or F2 to edit.</translation>
        </message>
        <message>
            <source>Add point</source>
            <translation>Add point</translation>
        </message>
        <message>
            <source>Add your own point (Ctrl+Shift+N)</source>
            <translation>Add your own point (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move the point up (Alt+↑)</source>
            <translation>Move the point up (Alt+↑)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Move the point down (Alt+↓)</source>
            <translation>Move the point down (Alt+↓)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected point (Delete)</source>
            <translation>Remove the selected point (Delete)</translation>
        </message>
        <message>
            <source>your own point</source>
            <translation>your own point</translation>
        </message>
        <message>
            <source>Point {n}</source>
            <translation>Point {n}</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>After the meeting</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>What did you talk about? What did you agree on?</source>
            <translation>What did you talk about? What did you agree on?</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
        <message>
            <source>No action items yet. Open ones come first in the draft for the next 1:1.</source>
            <translation>No action items yet. Open ones come first in the draft for the next 1:1.</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Add an action item</source>
            <translation>Add an action item</translation>
        </message>
        <message>
            <source>Remove the selected action item</source>
            <translation>Remove the selected action item</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the agenda (Ctrl+P)</source>
            <translation>Print the agenda (Ctrl+P)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Save the 1:1 report as PDF, Markdown or HTML</source>
            <translation>Save the 1:1 report as PDF, Markdown or HTML</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Exported to {name}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>Edit 1:1</source>
            <translation>Edit 1:1</translation>
        </message>
        <message>
            <source>Who is it with, and when? The date may be in the future.</source>
            <translation>Who is it with, and when? The date may be in the future.</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>e.g. your own leader</source>
            <translation>e.g. your own leader</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Write who the meeting is with.</source>
            <translation>Write who the meeting is with.</translation>
        </message>
        <message>
            <source>The date is too far ahead (a year at most).</source>
            <translation>The date is too far ahead (a year at most).</translation>
        </message>
        <message>
            <source>Summary for a coach</source>
            <translation>Summary for a coach</translation>
        </message>
        <message>
            <source>Choose the period and what to include. The preview on the right is exactly what the file will contain – nothing is written until you press “Save…”.</source>
            <translation>Choose the period and what to include. The preview on the right is exactly what the file will contain – nothing is written until you press “Save…”.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Time split</source>
            <translation>Time split</translation>
        </message>
        <message>
            <source>Stress staircase</source>
            <translation>Stress staircase</translation>
        </message>
        <message>
            <source>Demands and resources</source>
            <translation>Demands and resources</translation>
        </message>
        <message>
            <source>WHO-5</source>
            <translation>WHO-5</translation>
        </message>
        <message>
            <source>Sparring topics</source>
            <translation>Sparring topics</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflections</translation>
        </message>
        <message>
            <source>Reflections for a coach</source>
            <translation>Reflections for a coach</translation>
        </message>
        <message>
            <source>Only reflections you marked “Coach” can be chosen – and none goes in until you tick it. Private and 1:1 reflections are never offered here.</source>
            <translation>Only reflections you marked “Coach” can be chosen – and none goes in until you tick it. Private and 1:1 reflections are never offered here.</translation>
        </message>
        <message>
            <source>No reflections marked “Coach” in the period.</source>
            <translation>No reflections marked “Coach” in the period.</translation>
        </message>
        <message>
            <source>Turn on the “Reflections” section to choose reflections.</source>
            <translation>Turn on the “Reflections” section to choose reflections.</translation>
        </message>
        <message>
            <source>{n} of {total} chosen</source>
            <translation>{n} of {total} chosen</translation>
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
            <translation>Preview</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>Updating the preview…</translation>
        </message>
        <message>
            <source>The preview could not be made: {reason}</source>
            <translation>The preview could not be made: {reason}</translation>
        </message>
        <message>
            <source>Choose at least one section.</source>
            <translation>Choose at least one section.</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Save the summary as a file (it is not encrypted)</source>
            <translation>Save the summary as a file (it is not encrypted)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Saved to {name}. It is now in the list of shared exports.</source>
            <translation>Saved to {name}. It is now in the list of shared exports.</translation>
        </message>
        <message>
            <source>A file with that name already exists. Choose another name.</source>
            <translation>A file with that name already exists. Choose another name.</translation>
        </message>
        <message>
            <source>The file was not saved: {reason}</source>
            <translation>The file was not saved: {reason}</translation>
        </message>
        <message>
            <source>Every file the app has saved for sharing: when, what and which sections. The list is kept encrypted in your journal; the files themselves are not encrypted.</source>
            <translation>Every file the app has saved for sharing: when, what and which sections. The list is kept encrypted in your journal; the files themselves are not encrypted.</translation>
        </message>
        <message>
            <source>Nothing has been exported yet.</source>
            <translation>Nothing has been exported yet.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Data export</source>
            <translation>Data export</translation>
        </message>
        <message>
            <source>1:1 report</source>
            <translation>1:1 report</translation>
        </message>
        <message>
            <source>Pulse shared with the leader group</source>
            <translation>Pulse shared with the leader group</translation>
        </message>
        <message>
            <source>The leader group's pulse</source>
            <translation>The leader group's pulse</translation>
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
            <translation>Spreadsheet (xlsx)</translation>
        </message>
        <message>
            <source>Encrypted pulse file</source>
            <translation>Encrypted pulse file</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{count} named ({days}), the text stayed in the app</source>
            <translation>{count} named ({days}), the text stayed in the app</translation>
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
            <translation>Your recovery key</translation>
        </message>
        <message>
            <source>The recovery key opens your journal if you forget your passphrase. It is shown only this once. Print it or save it somewhere safe – not only on this computer.</source>
            <translation>The recovery key opens your journal if you forget your passphrase. It is shown only this once. Print it or save it somewhere safe – not only on this computer.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save to file…</source>
            <translation>Save to file…</translation>
        </message>
        <message>
            <source>I have stored my recovery key</source>
            <translation>I have stored my recovery key</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>settings_calendar</name>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Time from your calendar: choose an .ics file you have exported from Outlook, Google or Apple Calendar. The app reads the file on this computer and keeps no titles – only the minutes you accept.</source>
            <translation>Time from your calendar: choose an .ics file you have exported from Outlook, Google or Apple Calendar. The app reads the file on this computer and keeps no titles – only the minutes you accept.</translation>
        </message>
        <message>
            <source>Calendar files</source>
            <translation>Calendar files</translation>
        </message>
        <message>
            <source>No calendar file is chosen yet.</source>
            <translation>No calendar file is chosen yet.</translation>
        </message>
        <message>
            <source>Add calendar file…</source>
            <translation>Add calendar file…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the chosen calendar file</source>
            <translation>Remove the chosen calendar file</translation>
        </message>
        <message>
            <source>Choose a calendar file (.ics)</source>
            <translation>Choose a calendar file (.ics)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>no longer there</source>
            <translation>no longer there</translation>
        </message>
        <message>
            <source>{name}, in {folder}</source>
            <translation>{name}, in {folder}</translation>
        </message>
        <message>
            <source>{name}, in {folder}: no longer there</source>
            <translation>{name}, in {folder}: no longer there</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Your e-mail address</translation>
        </message>
        <message>
            <source>name@company.com</source>
            <translation>name@company.com</translation>
        </message>
        <message>
            <source>So meetings you declined are not counted. More than one? Separate them with commas.</source>
            <translation>So meetings you declined are not counted. More than one? Separate them with commas.</translation>
        </message>
        <message>
            <source>Words in the title</source>
            <translation>Words in the title</translation>
        </message>
        <message>
            <source>An event goes to the category whose word begins or ends a word of its title (“vagt” finds “Vagtplan” and “Nattevagt”); the longest match wins. Outlook categories with the same name as yours come first. Separate the words with commas.</source>
            <translation>An event goes to the category whose word begins or ends a word of its title (“vagt” finds “Vagtplan” and “Nattevagt”); the longest match wins. Outlook categories with the same name as yours come first. Separate the words with commas.</translation>
        </message>
        <message>
            <source>Words in the title for {category}</source>
            <translation>Words in the title for {category}</translation>
        </message>
        <message>
            <source>Add the suggested words</source>
            <translation>Add the suggested words</translation>
        </message>
        <message>
            <source>Add back the suggested Danish and English words that are missing; your own words stay</source>
            <translation>Add back the suggested Danish and English words that are missing; your own words stay</translation>
        </message>
    </context>
    <context>
        <name>settings_categories</name>
        <message>
            <source>Operations</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>Own work</source>
            <translation>Own work</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>Counts as</translation>
        </message>
        <message>
            <source>Every category needs a name (at most 200 characters). The change is not saved yet.</source>
            <translation>Every category needs a name (at most 200 characters). The change is not saved yet.</translation>
        </message>
        <message>
            <source>At least one category must count as leadership – otherwise there is no leadership share to show. The change is not saved yet.</source>
            <translation>At least one category must count as leadership – otherwise there is no leadership share to show. The change is not saved yet.</translation>
        </message>
    </context>
    <context>
        <name>settings_passphrase_dialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Type your current passphrase and choose a new one. Your recovery key keeps working, and a passphrase remembered on this computer keeps working too.</source>
            <translation>Type your current passphrase and choose a new one. Your recovery key keeps working, and a passphrase remembered on this computer keeps working too.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>New passphrase again</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Try again – nothing was changed.</source>
            <translation>The current passphrase is wrong. Try again – nothing was changed.</translation>
        </message>
        <message>
            <source>The new passphrase cannot be empty.</source>
            <translation>The new passphrase cannot be empty.</translation>
        </message>
        <message>
            <source>My passphrase may be known</source>
            <translation>My passphrase may be known</translation>
        </message>
        <message>
            <source>If someone may know your passphrase: the journal and its backups get a new key and a new passphrase. Afterwards the old passphrase, the old recovery key and a key remembered on this computer no longer open them; you get a new recovery key. Copies someone already has (a backup on a USB stick) still open with the old ones. The journal locks while this runs.</source>
            <translation>If someone may know your passphrase: the journal and its backups get a new key and a new passphrase. Afterwards the old passphrase, the old recovery key and a key remembered on this computer no longer open them; you get a new recovery key. Copies someone already has (a backup on a USB stick) still open with the old ones. The journal locks while this runs.</translation>
        </message>
        <message>
            <source>Encrypt with a new key</source>
            <translation>Encrypt with a new key</translation>
        </message>
        <message>
            <source>Encrypting the journal and its backups with a new key…</source>
            <translation>Encrypting the journal and its backups with a new key…</translation>
        </message>
        <message>
            <source>The new passphrase must differ from the current one.</source>
            <translation>The new passphrase must differ from the current one.</translation>
        </message>
        <message>
            <source>Cancel the new key</source>
            <translation>Cancel the new key</translation>
        </message>
        <message>
            <source>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {path}` when it is unlocked.</source>
            <translation>The old key is still in this computer's keyring (it is locked); run `wellbeing-desktop forget --data-dir {path}` when it is unlocked.</translation>
        </message>
    </context>
    <context>
        <name>settings_security</name>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Lock automatically after</source>
            <translation>Lock automatically after</translation>
        </message>
        <message>
            <source>without use. 0 turns the automatic lock off.</source>
            <translation>without use. 0 turns the automatic lock off.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Change passphrase…</translation>
        </message>
        <message>
            <source>My passphrase may be known…</source>
            <translation>My passphrase may be known…</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one next time you unlock.</source>
            <translation>The passphrase was changed. Use the new one next time you unlock.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Remember on this computer</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <source>Forget</source>
            <translation>Forget</translation>
        </message>
        <message>
            <source>The passphrase is remembered in the system keyring: the journal opens without asking.</source>
            <translation>The passphrase is remembered in the system keyring: the journal opens without asking.</translation>
        </message>
        <message>
            <source>You type the passphrase each time you open the journal.</source>
            <translation>You type the passphrase each time you open the journal.</translation>
        </message>
        <message>
            <source>If you remember it here, anyone logged in to your user account can open the journal.</source>
            <translation>If you remember it here, anyone logged in to your user account can open the journal.</translation>
        </message>
        <message>
            <source>Asking the system keyring…</source>
            <translation>Asking the system keyring…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Latest backup: {when}</source>
            <translation>Latest backup: {when}</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>There is no backup yet.</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>The backup was saved.</source>
            <translation>The backup was saved.</translation>
        </message>
        <message>
            <source>The journal is backed up automatically once a day when you unlock it. A backup is encrypted like the journal and opens with the same passphrase or recovery key, on another computer too. Backups from the last {days} days and {weeks} weeks are kept.</source>
            <translation>The journal is backed up automatically once a day when you unlock it. A backup is encrypted like the journal and opens with the same passphrase or recovery key, on another computer too. Backups from the last {days} days and {weeks} weeks are kept.</translation>
        </message>
    </context>
    <context>
        <name>settings_sources</name>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>The scales, limits and structures in Leader Pulse rest on these published sources. The sentences under Trends name them in short.</source>
            <translation>The scales, limits and structures in Leader Pulse rest on these published sources. The sentences under Trends name them in short.</translation>
        </message>
    </context>
    <context>
        <name>settings_view</name>
        <message>
            <source>Changes are saved at once</source>
            <translation>Changes are saved at once</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>Working hours and goals</source>
            <translation>Working hours and goals</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <source>37 hours is the usual full-time week in Denmark.</source>
            <translation>37 hours is the usual full-time week in Denmark.</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Leadership-share target</source>
            <translation>Leadership-share target</translation>
        </message>
        <message>
            <source>The target is your own. Research points to no single right split between operations and leadership.</source>
            <translation>The target is your own. Research points to no single right split between operations and leadership.</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Your time is split across these categories. The kind decides what counts towards your leadership share. Double-click or press F2 to change; the name is the English one.</source>
            <translation>Your time is split across these categories. The kind decides what counts towards your leadership share. Double-click or press F2 to change; the name is the English one.</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Remind me to write at</source>
            <translation>Remind me to write at</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Reminder time</translation>
        </message>
        <message>
            <source>On working days (Monday to Friday) a notification comes at this time while Leader Pulse is running, also when it is locked, but not on a day you have already written. Clicking it opens Today.</source>
            <translation>On working days (Monday to Friday) a notification comes at this time while Leader Pulse is running, also when it is locked, but not on a day you have already written. Clicking it opens Today.</translation>
        </message>
        <message>
            <source>Keep running in the tray when the window is closed</source>
            <translation>Keep running in the tray when the window is closed</translation>
        </message>
        <message>
            <source>Lock the journal when the window is closed (what you typed is saved first)</source>
            <translation>Lock the journal when the window is closed (what you typed is saved first)</translation>
        </message>
        <message>
            <source>This desktop shows no tray icons, so closing the window quits Leader Pulse, and the reminder can only mark the window in the task bar.</source>
            <translation>This desktop shows no tray icons, so closing the window quits Leader Pulse, and the reminder can only mark the window in the task bar.</translation>
        </message>
        <message>
            <source>Start Leader Pulse when I log in</source>
            <translation>Start Leader Pulse when I log in</translation>
        </message>
        <message>
            <source>On this system, add Leader Pulse to the apps that start at login in the system settings.</source>
            <translation>On this system, add Leader Pulse to the apps that start at login in the system settings.</translation>
        </message>
        <message>
            <source>Could not change {path}.</source>
            <translation>Could not change {path}.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The whole app switches language at once.</source>
            <translation>The whole app switches language at once.</translation>
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
            <translation>The app's pages. Arrow keys choose a page; Ctrl+1 to Ctrl+7 jump to one.</translation>
        </message>
        <message>
            <source>Locks the journal now (Ctrl+L).</source>
            <translation>Locks the journal now (Ctrl+L).</translation>
        </message>
    </context>
    <context>
        <name>snapshot_start</name>
        <message>
            <source>The journal's passphrase or key was changed by another program while it opened.</source>
            <translation>The journal's passphrase or key was changed by another program while it opened.</translation>
        </message>
        <message>
            <source>Something went wrong while the journal opened ({name}).</source>
            <translation>Something went wrong while the journal opened ({name}).</translation>
        </message>
    </context>
    <context>
        <name>sparring_form</name>
        <message>
            <source>New sparring</source>
            <translation>New sparring</translation>
        </message>
        <message>
            <source>Edit sparring</source>
            <translation>Edit sparring</translation>
        </message>
        <message>
            <source>Which situation would you like to talk through – and with whom?</source>
            <translation>Which situation would you like to talk through – and with whom?</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>With whom</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>What would you like help with? What came of it?</source>
            <translation>What would you like help with? What came of it?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>That date is in the future. Choose today or an earlier date.</source>
            <translation>That date is in the future. Choose today or an earlier date.</translation>
        </message>
        <message>
            <source>The topic was resolved before this date. Choose an earlier date.</source>
            <translation>The topic was resolved before this date. Choose an earlier date.</translation>
        </message>
        <message>
            <source>The notes are too long.</source>
            <translation>The notes are too long.</translation>
        </message>
    </context>
    <context>
        <name>sparring_model</name>
        <message>
            <source>With</source>
            <translation>With</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
    </context>
    <context>
        <name>sparring_view</name>
        <message>
            <source>Leadership is learnt – and sparring helps most when you face a situation for the first time. Sparring can come from your own leader, HR, the leader group, a leader network, a coach or the health-insurance counselling.</source>
            <translation>Leadership is learnt – and sparring helps most when you face a situation for the first time. Sparring can come from your own leader, HR, the leader group, a leader network, a coach or the health-insurance counselling.</translation>
        </message>
        <message>
            <source>New sparring</source>
            <translation>New sparring</translation>
        </message>
        <message>
            <source>Add a topic (Ctrl+N)</source>
            <translation>Add a topic (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open topics</source>
            <translation>Open topics</translation>
        </message>
        <message>
            <source>Resolved topics</source>
            <translation>Resolved topics</translation>
        </message>
        <message>
            <source>No open topics. Add one with “New sparring” when you face a situation you would like to talk through with someone.</source>
            <translation>No open topics. Add one with “New sparring” when you face a situation you would like to talk through with someone.</translation>
        </message>
        <message>
            <source>No resolved topics yet.</source>
            <translation>No resolved topics yet.</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Mark resolved</translation>
        </message>
        <message>
            <source>Mark the selected topic as resolved today</source>
            <translation>Mark the selected topic as resolved today</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected topic (or double-click it)</source>
            <translation>Edit the selected topic (or double-click it)</translation>
        </message>
        <message>
            <source>Select a topic in the list first.</source>
            <translation>Select a topic in the list first.</translation>
        </message>
    </context>
    <context>
        <name>strings</name>
        <message>
            <source>Leader Pulse</source>
            <translation>Leader Pulse</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Trends</translation>
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
            <translation>Leader group</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock the journal (Ctrl+L)</source>
            <translation>Lock the journal (Ctrl+L)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Passphrase again</translation>
        </message>
        <message>
            <source>Wrong passphrase. Try again.</source>
            <translation>Wrong passphrase. Try again.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>The exported file is not encrypted. Keep it somewhere safe.</source>
            <translation>The exported file is not encrypted. Keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Too short – use at least 8 characters.</source>
            <translation>Too short – use at least 8 characters.</translation>
        </message>
        <message>
            <source>Strong – a long phrase is hard to guess.</source>
            <translation>Strong – a long phrase is hard to guess.</translation>
        </message>
        <message>
            <source>Good – more words make it stronger still.</source>
            <translation>Good – more words make it stronger still.</translation>
        </message>
        <message>
            <source>Weak – try a phrase of four or five words you can remember.</source>
            <translation>Weak – try a phrase of four or five words you can remember.</translation>
        </message>
        <message>
            <source>No secure system keyring is available on this computer, so the passphrase cannot be remembered. You type it when you open the journal.</source>
            <translation>No secure system keyring is available on this computer, so the passphrase cannot be remembered. You type it when you open the journal.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Something went wrong ({name}). Nothing was lost.</source>
            <translation>Something went wrong ({name}). Nothing was lost.</translation>
        </message>
    </context>
    <context>
        <name>today.calendar</name>
        <message>
            <source>From your calendar</source>
            <translation>From your calendar</translation>
        </message>
        <message>
            <source>{source}: {total} placed, shown in grey below.{unplaced} Time outside your calendar is yours to place.</source>
            <translation>{source}: {total} placed, shown in grey below.{unplaced} Time outside your calendar is yours to place.</translation>
        </message>
        <message>
            <source> {minutes} in events without a category.</source>
            <translation> {minutes} in events without a category.</translation>
        </message>
        <message>
            <source>Events…</source>
            <translation>Events…</translation>
        </message>
        <message>
            <source>See the day's events and the category each went to; change one</source>
            <translation>See the day's events and the category each went to; change one</translation>
        </message>
        <message>
            <source>Your calendar could not be read: {reason}</source>
            <translation>Your calendar could not be read: {reason}</translation>
        </message>
        <message>
            <source>The day's events</source>
            <translation>The day's events</translation>
        </message>
        <message>
            <source>Choose a category for an event and the proposal follows. Nothing is saved until you use the proposal on Today.</source>
            <translation>Choose a category for an event and the proposal follows. Nothing is saved until you use the proposal on Today.</translation>
        </message>
        <message>
            <source>Placed: {placed}. Without a category: {unplaced}.</source>
            <translation>Placed: {placed}. Without a category: {unplaced}.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>all day — not counted</source>
            <translation>all day — not counted</translation>
        </message>
        <message>
            <source>{time} — not counted</source>
            <translation>{time} — not counted</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>No category</translation>
        </message>
        <message>
            <source>the calendar's category</source>
            <translation>the calendar's category</translation>
        </message>
        <message>
            <source>keyword “{keyword}”</source>
            <translation>keyword “{keyword}”</translation>
        </message>
        <message>
            <source>chosen by you</source>
            <translation>chosen by you</translation>
        </message>
        <message>
            <source>no rule</source>
            <translation>no rule</translation>
        </message>
        <message>
            <source>Remember as rule…</source>
            <translation>Remember as rule…</translation>
        </message>
        <message>
            <source>Place events with these words in their title here from now on</source>
            <translation>Place events with these words in their title here from now on</translation>
        </message>
        <message>
            <source>Remember as a rule</source>
            <translation>Remember as a rule</translation>
        </message>
        <message>
            <source>Reading your calendar …</source>
            <translation>Reading your calendar …</translation>
        </message>
        <message>
            <source>{minutes} (of {whole})</source>
            <translation>{minutes} (of {whole})</translation>
        </message>
        <message>
            <source>Another meeting overlaps this one: time counts once, for the meeting that started last</source>
            <translation>Another meeting overlaps this one: time counts once, for the meeting that started last</translation>
        </message>
        <message>
            <source>The event: “{title}”</source>
            <translation>The event: “{title}”</translation>
        </message>
        <message>
            <source>Events whose title holds these words go to “{category}” from now on. Keep only the words that say what kind of meeting it is: names are not needed.</source>
            <translation>Events whose title holds these words go to “{category}” from now on. Keep only the words that say what kind of meeting it is: names are not needed.</translation>
        </message>
        <message>
            <source>Remembered: “{keyword}” goes to {category}. You can change it in Settings.</source>
            <translation>Remembered: “{keyword}” goes to {category}. You can change it in Settings.</translation>
        </message>
        <message>
            <source>Not remembered: {reason}</source>
            <translation>Not remembered: {reason}</translation>
        </message>
        <message>
            <source>Category for {event}</source>
            <translation>Category for {event}</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Show the proposal with these categories (Enter); nothing is saved yet</source>
            <translation>Show the proposal with these categories (Enter); nothing is saved yet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>today.proposal</name>
        <message>
            <source>As a typical {weekday}</source>
            <translation>As a typical {weekday}</translation>
        </message>
        <message>
            <source>As yesterday</source>
            <translation>As yesterday</translation>
        </message>
        <message>
            <source>As the day before</source>
            <translation>As the day before</translation>
        </message>
        <message>
            <source>As on {weekday}</source>
            <translation>As on {weekday}</translation>
        </message>
        <message>
            <source>{source}: {total} in all, shown in grey below. Use it, or change a figure and the rest follows.</source>
            <translation>{source}: {total} in all, shown in grey below. Use it, or change a figure and the rest follows.</translation>
        </message>
        <message>
            <source>Use the proposal</source>
            <translation>Use the proposal</translation>
        </message>
        <message>
            <source>Fill in the time as proposed (Enter); it is saved like any change</source>
            <translation>Fill in the time as proposed (Enter); it is saved like any change</translation>
        </message>
        <message>
            <source>No thanks</source>
            <translation>No thanks</translation>
        </message>
        <message>
            <source>Hide the proposal for this day (Esc)</source>
            <translation>Hide the proposal for this day (Esc)</translation>
        </message>
    </context>
    <context>
        <name>today.words</name>
        <message>
            <source>Previous day</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <source>Previous day (Alt+←)</source>
            <translation>Previous day (Alt+←)</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Next day</translation>
        </message>
        <message>
            <source>Next day (Alt+→)</source>
            <translation>Next day (Alt+→)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Go to today (Ctrl+T)</translation>
        </message>
        <message>
            <source>Choose date</source>
            <translation>Choose date</translation>
        </message>
        <message>
            <source>WHO-5</source>
            <translation>WHO-5</translation>
        </message>
        <message>
            <source>Check your wellbeing with the WHO-5</source>
            <translation>Check your wellbeing with the WHO-5</translation>
        </message>
        <message>
            <source>Saved {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Hours worked on {day} raised to {hours} to cover the time in the categories</source>
            <translation>Hours worked on {day} raised to {hours} to cover the time in the categories</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>The day could not be loaded: {reason}</source>
            <translation>The day could not be loaded: {reason}</translation>
        </message>
        <message>
            <source>{reason} – the rest is saved</source>
            <translation>{reason} – the rest is saved</translation>
        </message>
        <message>
            <source>The new signal is not added yet: press Enter, or clear the line</source>
            <translation>The new signal is not added yet: press Enter, or clear the line</translation>
        </message>
        <message>
            <source>It has been a while since your last WHO-5. Five short statements about the last two weeks – it takes a minute.</source>
            <translation>It has been a while since your last WHO-5. Five short statements about the last two weeks – it takes a minute.</translation>
        </message>
        <message>
            <source>Take your first WHO-5: five short statements about how you have been over the last two weeks – it takes a minute.</source>
            <translation>Take your first WHO-5: five short statements about how you have been over the last two weeks – it takes a minute.</translation>
        </message>
        <message>
            <source>Take the WHO-5</source>
            <translation>Take the WHO-5</translation>
        </message>
        <message>
            <source>Time today</source>
            <translation>Time today</translation>
        </message>
        <message>
            <source>leadership</source>
            <translation>leadership</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>operations</translation>
        </message>
        <message>
            <source>own work</source>
            <translation>own work</translation>
        </message>
        <message>
            <source>{share}% leadership · target {target}%</source>
            <translation>{share}% leadership · target {target}%</translation>
        </message>
        <message>
            <source>Leadership share · target {target}%</source>
            <translation>Leadership share · target {target}%</translation>
        </message>
        <message>
            <source>{total} of a normal day of {normal}</source>
            <translation>{total} of a normal day of {normal}</translation>
        </message>
        <message>
            <source>Week {week}: {share}% leadership — target {target}%</source>
            <translation>Week {week}: {share}% leadership — target {target}%</translation>
        </message>
        <message>
            <source>Week {week}: no time logged yet</source>
            <translation>Week {week}: no time logged yet</translation>
        </message>
        <message>
            <source>Type e.g. 2h30, 150 or 1.5 – arrow up/down changes by a quarter of an hour.</source>
            <translation>Type e.g. 2h30, 150 or 1.5 – arrow up/down changes by a quarter of an hour.</translation>
        </message>
        <message>
            <source>{field}: “{text}” is not saved – type a time from 0 to 24 h, e.g. 2h30, 150 or 1.5.</source>
            <translation>{field}: “{text}” is not saved – type a time from 0 to 24 h, e.g. 2h30, 150 or 1.5.</translation>
        </message>
        <message>
            <source>Where am I today?</source>
            <translation>Where am I today?</translation>
        </message>
        <message>
            <source>Step {n}: {name}</source>
            <translation>Step {n}: {name}</translation>
        </message>
        <message>
            <source>No step chosen</source>
            <translation>No step chosen</translation>
        </message>
        <message>
            <source>Signals today ({count})</source>
            <translation>Signals today ({count})</translation>
        </message>
        <message>
            <source>body · feelings · thoughts · behaviour</source>
            <translation>body · feelings · thoughts · behaviour</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Feelings</source>
            <translation>Feelings</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Thoughts</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Behaviour</translation>
        </message>
        <message>
            <source>Your own signals</source>
            <translation>Your own signals</translation>
        </message>
        <message>
            <source>Find a signal · ↓ to the list · Space ticks</source>
            <translation>Find a signal · ↓ to the list · Space ticks</translation>
        </message>
        <message>
            <source>Type to find a signal; Enter ticks the first match. ↓ goes into the list, where the arrows move and Space ticks.</source>
            <translation>Type to find a signal; Enter ticks the first match. ↓ goes into the list, where the arrows move and Space ticks.</translation>
        </message>
        <message>
            <source>+ own signal</source>
            <translation>+ own signal</translation>
        </message>
        <message>
            <source>New signal</source>
            <translation>New signal</translation>
        </message>
        <message>
            <source>Type the signal and press Enter</source>
            <translation>Type the signal and press Enter</translation>
        </message>
        <message>
            <source>Demands</source>
            <translation>Demands</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Add a demand</source>
            <translation>Add a demand</translation>
        </message>
        <message>
            <source>Add a resource</source>
            <translation>Add a resource</translation>
        </message>
        <message>
            <source>{action} (Space) · ← goes to the chosen ones, Space removes one</source>
            <translation>{action} (Space) · ← goes to the chosen ones, Space removes one</translation>
        </message>
        <message>
            <source>Remove {label}</source>
            <translation>Remove {label}</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>“{text}” in {field} is not a time (0–24 h)</source>
            <translation>“{text}” in {field} is not a time (0–24 h)</translation>
        </message>
        <message>
            <source>Pick another day in the calendar (Space opens it, arrows move, Enter picks)</source>
            <translation>Pick another day in the calendar (Space opens it, arrows move, Enter picks)</translation>
        </message>
        <message>
            <source>Click a step or press 1–5 · ← → move · 0 clears</source>
            <translation>Click a step or press 1–5 · ← → move · 0 clears</translation>
        </message>
        <message>
            <source>{n} {name}: {summary}</source>
            <translation>{n} {name}: {summary}</translation>
        </message>
        <message>
            <source>Find a signal</source>
            <translation>Find a signal</translation>
        </message>
        <message>
            <source>{label} – click or press Space to remove</source>
            <translation>{label} – click or press Space to remove</translation>
        </message>
        <message>
            <source>0–10 · type a digit (1 then 0 for 10) or use ← →; Delete clears</source>
            <translation>0–10 · type a digit (1 then 0 for 10) or use ← →; Delete clears</translation>
        </message>
        <message>
            <source>Set demands and resources to see the balance.</source>
            <translation>Set demands and resources to see the balance.</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <source>1 low – 5 high</source>
            <translation>1 low – 5 high</translation>
        </message>
        <message>
            <source>Press 1–5 or ← →; 0 clears</source>
            <translation>Press 1–5 or ← →; 0 clears</translation>
        </message>
        <message>
            <source>Energy {n}</source>
            <translation>Energy {n}</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Insert the question as a heading</source>
            <translation>Insert the question as a heading</translation>
        </message>
        <message>
            <source>↻ Another</source>
            <translation>↻ Another</translation>
        </message>
        <message>
            <source>Show another question</source>
            <translation>Show another question</translation>
        </message>
        <message>
            <source>Today's question</source>
            <translation>Today's question</translation>
        </message>
        <message>
            <source>A few lines about the day – only for you, unless you choose otherwise below.</source>
            <translation>A few lines about the day – only for you, unless you choose otherwise below.</translation>
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
            <translation>Sharing</translation>
        </message>
        <message>
            <source>Press 1–3 or ← → to choose</source>
            <translation>Press 1–3 or ← → to choose</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>Private</translation>
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
            <translation>Private: only you see this reflection. It never goes into a draft.</translation>
        </message>
        <message>
            <source>1:1: may be suggested in the draft for your 1:1. You see everything before anything is shared.</source>
            <translation>1:1: may be suggested in the draft for your 1:1. You see everything before anything is shared.</translation>
        </message>
        <message>
            <source>Coach: may be suggested in a summary for your coach. You see everything before anything is shared.</source>
            <translation>Coach: may be suggested in a summary for your coach. You see everything before anything is shared.</translation>
        </message>
        <message>
            <source>Over 24 h in total</source>
            <translation>Over 24 h in total</translation>
        </message>
        <message>
            <source>Tags may only have letters, digits, - and _</source>
            <translation>Tags may only have letters, digits, - and _</translation>
        </message>
        <message>
            <source>The signal needs a name</source>
            <translation>The signal needs a name</translation>
        </message>
        <message>
            <source>This day was also changed in another program or window; both texts are kept in the reflection.</source>
            <translation>This day was also changed in another program or window; both texts are kept in the reflection.</translation>
        </message>
        <message>
            <source>This day was also changed in another program or window; what you entered here was kept for: {fields}.</source>
            <translation>This day was also changed in another program or window; what you entered here was kept for: {fields}.</translation>
        </message>
        <message>
            <source>What you entered here was also kept for: {fields}.</source>
            <translation>What you entered here was also kept for: {fields}.</translation>
        </message>
        <message>
            <source>time</source>
            <translation>time</translation>
        </message>
        <message>
            <source>hours worked</source>
            <translation>hours worked</translation>
        </message>
        <message>
            <source>stress step</source>
            <translation>stress step</translation>
        </message>
        <message>
            <source>demands</source>
            <translation>demands</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>resources</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energy</translation>
        </message>
        <message>
            <source>sharing (now private)</source>
            <translation>sharing (now private)</translation>
        </message>
        <message>
            <source>Show all {n}</source>
            <translation>Show all {n}</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Show fewer</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>{n} more</translation>
        </message>
        <message>
            <source>Fewer</source>
            <translation>Fewer</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>Bring in and take out</source>
            <translation>Bring in and take out</translation>
        </message>
        <message>
            <source>Bring along what you wrote in another journal app, or take everything with you as plain Markdown files that any notes app can open.</source>
            <translation>Bring along what you wrote in another journal app, or take everything with you as plain Markdown files that any notes app can open.</translation>
        </message>
        <message>
            <source>Import from another journal…</source>
            <translation>Import from another journal…</translation>
        </message>
        <message>
            <source>jrnl, Day One, Daylio, a folder of daily notes, or a Leader Pulse export.</source>
            <translation>jrnl, Day One, Daylio, a folder of daily notes, or a Leader Pulse export.</translation>
        </message>
        <message>
            <source>Export everything as Markdown…</source>
            <translation>Export everything as Markdown…</translation>
        </message>
        <message>
            <source>A new folder with a file for each day, each 1:1, each sparring topic and the WHO-5 check-ins. Leader Pulse can import the days again, with their figures; the 1:1s, sparring and WHO-5 are for reading (a JSON export moves a whole journal).</source>
            <translation>A new folder with a file for each day, each 1:1, each sparring topic and the WHO-5 check-ins. Leader Pulse can import the days again, with their figures; the 1:1s, sparring and WHO-5 are for reading (a JSON export moves a whole journal).</translation>
        </message>
        <message>
            <source>The exported files are not encrypted. Keep them somewhere safe.</source>
            <translation>The exported files are not encrypted. Keep them somewhere safe.</translation>
        </message>
        <message>
            <source>Where should the folder go? The exported files are not encrypted.</source>
            <translation>Where should the folder go? The exported files are not encrypted.</translation>
        </message>
        <message>
            <source>Leader Pulse {date}</source>
            <translation>Leader Pulse {date}</translation>
        </message>
        <message>
            <source>Writing the Markdown files…</source>
            <translation>Writing the Markdown files…</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <source>A folder named {name} is there already. Nothing was written.</source>
            <translation>A folder named {name} is there already. Nothing was written.</translation>
        </message>
        <message>
            <source>Nothing was written: {reason}</source>
            <translation>Nothing was written: {reason}</translation>
        </message>
        <message>
            <source>{n} day</source>
            <translation>{n} day</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} entry</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} entries</translation>
        </message>
        <message>
            <source>{n} 1:1 meeting</source>
            <translation>{n} 1:1 meeting</translation>
        </message>
        <message>
            <source>{n} 1:1 meetings</source>
            <translation>{n} 1:1 meetings</translation>
        </message>
        <message>
            <source>{n} sparring topic</source>
            <translation>{n} sparring topic</translation>
        </message>
        <message>
            <source>{n} sparring topics</source>
            <translation>{n} sparring topics</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-in</source>
            <translation>{n} WHO-5 check-in</translation>
        </message>
        <message>
            <source>{n} WHO-5 check-ins</source>
            <translation>{n} WHO-5 check-ins</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>and {n} more</translation>
        </message>
        <message>
            <source>Import from another journal</source>
            <translation>Import from another journal</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>jrnl: jrnl --format json &gt; jrnl.json</source>
            <translation>jrnl: jrnl --format json &gt; jrnl.json</translation>
        </message>
        <message>
            <source>Day One: File › Export › JSON (.zip or .json)</source>
            <translation>Day One: File › Export › JSON (.zip or .json)</translation>
        </message>
        <message>
            <source>Daylio: More › Export entries › CSV</source>
            <translation>Daylio: More › Export entries › CSV</translation>
        </message>
        <message>
            <source>Leader Pulse: a JSON export of a journal</source>
            <translation>Leader Pulse: a JSON export of a journal</translation>
        </message>
        <message>
            <source>Obsidian or other Markdown: the folder of daily notes (2026-11-20.md)</source>
            <translation>Obsidian or other Markdown: the folder of daily notes (2026-11-20.md)</translation>
        </message>
        <message>
            <source>Choose the export of your other journal</source>
            <translation>Choose the export of your other journal</translation>
        </message>
        <message>
            <source>Choose the folder of daily notes</source>
            <translation>Choose the folder of daily notes</translation>
        </message>
        <message>
            <source>Journal exports</source>
            <translation>Journal exports</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>All files</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Made by</translation>
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
            <translation>Markdown daily notes (Obsidian and others)</translation>
        </message>
        <message>
            <source>Leader Pulse (JSON export)</source>
            <translation>Leader Pulse (JSON export)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import {entries}</source>
            <translation>Import {entries}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{entries} from {span}, on {days}</source>
            <translation>{entries} from {span}, on {days}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>No tags</translation>
        </message>
        <message>
            <source>New own signals, demands or resources: {labels}</source>
            <translation>New own signals, demands or resources: {labels}</translation>
        </message>
        <message>
            <source>No entries found in {name}.</source>
            <translation>No entries found in {name}.</translation>
        </message>
        <message>
            <source>Careful: 1 day you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make that day private in Today first if the text should stay private.</source>
            <translation>Careful: 1 day you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make that day private in Today first if the text should stay private.</translation>
        </message>
        <message>
            <source>Careful: {n} days you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make those days private in Today first if the text should stay private.</source>
            <translation>Careful: {n} days you share (1:1 or coach) would get private text from the file, and it would be shared with them: {dates}. Make those days private in Today first if the text should stay private.</translation>
        </message>
        <message>
            <source>Careful: the file brings 1 day shared (1:1 or coach) as a new day: {dates}. Its text is shared with them. If it should stay private, make that day private in Today after the import.</source>
            <translation>Careful: the file brings 1 day shared (1:1 or coach) as a new day: {dates}. Its text is shared with them. If it should stay private, make that day private in Today after the import.</translation>
        </message>
        <message>
            <source>Careful: the file brings {n} days shared (1:1 or coach) as new days: {dates}. Their text is shared with them. If it should stay private, make those days private in Today after the import.</source>
            <translation>Careful: the file brings {n} days shared (1:1 or coach) as new days: {dates}. Their text is shared with them. If it should stay private, make those days private in Today after the import.</translation>
        </message>
        <message>
            <source>see the list below</source>
            <translation>see the list below</translation>
        </message>
        <message>
            <source>The journal as it was before the import is kept as a backup ({name}, in the backups folder): restoring it undoes the import.</source>
            <translation>The journal as it was before the import is kept as a backup ({name}, in the backups folder): restoring it undoes the import.</translation>
        </message>
        <message>
            <source>{n} entry dated after today (import the file again then)</source>
            <translation>{n} entry dated after today (import the file again then)</translation>
        </message>
        <message>
            <source>{n} entries dated after today (import the file again then)</source>
            <translation>{n} entries dated after today (import the file again then)</translation>
        </message>
        <message>
            <source>{what} is for reading and is not imported.</source>
            <translation>{what} is for reading and is not imported.</translation>
        </message>
        <message>
            <source>{what} are for reading and are not imported.</source>
            <translation>{what} are for reading and are not imported.</translation>
        </message>
        <message>
            <source>{first} and {last} are for reading and are not imported.</source>
            <translation>{first} and {last} are for reading and are not imported.</translation>
        </message>
        <message>
            <source>What you wrote is added to the reflection of its day, after what is there. A new day is private, unless the file is our own export and says the day is shared. Nothing is changed until you press Import.</source>
            <translation>What you wrote is added to the reflection of its day, after what is there. A new day is private, unless the file is our own export and says the day is shared. Nothing is changed until you press Import.</translation>
        </message>
        <message>
            <source>Saved {days}, {meetings}, {topics} and {checkins} in the folder {path}.</source>
            <translation>Saved {days}, {meetings}, {topics} and {checkins} in the folder {path}.</translation>
        </message>
        <message>
            <source>Already in the journal (the text goes after what is there): {days}: {dates}</source>
            <translation>Already in the journal (the text goes after what is there): {days}: {dates}</translation>
        </message>
        <message>
            <source>Left out (the journal cannot hold it): {what}</source>
            <translation>Left out (the journal cannot hold it): {what}</translation>
        </message>
        <message>
            <source>Not taken: {what}</source>
            <translation>Not taken: {what}</translation>
        </message>
        <message>
            <source>{entries} imported before: they are passed over</source>
            <translation>{entries} imported before: they are passed over</translation>
        </message>
        <message>
            <source>Nothing new to import: everything in this file is in the journal already.</source>
            <translation>Nothing new to import: everything in this file is in the journal already.</translation>
        </message>
        <message>
            <source>The file holds {days}, {meetings}, {topics} and {checkins}.</source>
            <translation>The file holds {days}, {meetings}, {topics} and {checkins}.</translation>
        </message>
        <message>
            <source>Everything is added at once. If the journal already has one of the file's days, nothing is imported.</source>
            <translation>Everything is added at once. If the journal already has one of the file's days, nothing is imported.</translation>
        </message>
        <message>
            <source>Imported {entries} on {days}.</source>
            <translation>Imported {entries} on {days}.</translation>
        </message>
        <message>
            <source>Imported {days}, {meetings}, {topics} and {checkins}.</source>
            <translation>Imported {days}, {meetings}, {topics} and {checkins}.</translation>
        </message>
        <message>
            <source>{n} photo</source>
            <translation>{n} photo</translation>
        </message>
        <message>
            <source>{n} photos</source>
            <translation>{n} photos</translation>
        </message>
        <message>
            <source>{n} video</source>
            <translation>{n} video</translation>
        </message>
        <message>
            <source>{n} videos</source>
            <translation>{n} videos</translation>
        </message>
        <message>
            <source>{n} sound recording</source>
            <translation>{n} sound recording</translation>
        </message>
        <message>
            <source>{n} sound recordings</source>
            <translation>{n} sound recordings</translation>
        </message>
        <message>
            <source>{n} attached file</source>
            <translation>{n} attached file</translation>
        </message>
        <message>
            <source>{n} attached files</source>
            <translation>{n} attached files</translation>
        </message>
        <message>
            <source>{n} location</source>
            <translation>{n} location</translation>
        </message>
        <message>
            <source>{n} locations</source>
            <translation>{n} locations</translation>
        </message>
        <message>
            <source>weather on {n} entry</source>
            <translation>weather on {n} entry</translation>
        </message>
        <message>
            <source>weather on {n} entries</source>
            <translation>weather on {n} entries</translation>
        </message>
        <message>
            <source>{n} activity that cannot be a tag (only an emoji)</source>
            <translation>{n} activity that cannot be a tag (only an emoji)</translation>
        </message>
        <message>
            <source>{n} activities that cannot be a tag (only emoji)</source>
            <translation>{n} activities that cannot be a tag (only emoji)</translation>
        </message>
        <message>
            <source>{n} mood that cannot be a tag (only an emoji)</source>
            <translation>{n} mood that cannot be a tag (only an emoji)</translation>
        </message>
        <message>
            <source>{n} moods that cannot be a tag (only emoji)</source>
            <translation>{n} moods that cannot be a tag (only emoji)</translation>
        </message>
        <message>
            <source>the star on {n} entry (not kept)</source>
            <translation>the star on {n} entry (not kept)</translation>
        </message>
        <message>
            <source>the stars on {n} entries (not kept)</source>
            <translation>the stars on {n} entries (not kept)</translation>
        </message>
        <message>
            <source>{n} file that is not a daily note</source>
            <translation>{n} file that is not a daily note</translation>
        </message>
        <message>
            <source>{n} files that are not daily notes</source>
            <translation>{n} files that are not daily notes</translation>
        </message>
        <message>
            <source>figures of {n} day already in the journal (kept as they are)</source>
            <translation>figures of {n} day already in the journal (kept as they are)</translation>
        </message>
        <message>
            <source>figures of {n} days already in the journal (kept as they are)</source>
            <translation>figures of {n} days already in the journal (kept as they are)</translation>
        </message>
        <message>
            <source>figures of {n} second file of the same day</source>
            <translation>figures of {n} second file of the same day</translation>
        </message>
        <message>
            <source>figures of {n} second files of the same day</source>
            <translation>figures of {n} second files of the same day</translation>
        </message>
        <message>
            <source>{n} time figure under a category this journal does not have</source>
            <translation>{n} time figure under a category this journal does not have</translation>
        </message>
        <message>
            <source>{n} time figures under categories this journal does not have</source>
            <translation>{n} time figures under categories this journal does not have</translation>
        </message>
        <message>
            <source>{n} 1:1 note</source>
            <translation>{n} 1:1 note</translation>
        </message>
        <message>
            <source>{n} 1:1 notes</source>
            <translation>{n} 1:1 notes</translation>
        </message>
        <message>
            <source>{n} WHO-5 page</source>
            <translation>{n} WHO-5 page</translation>
        </message>
        <message>
            <source>{n} WHO-5 pages</source>
            <translation>{n} WHO-5 pages</translation>
        </message>
        <message>
            <source>{n} README</source>
            <translation>{n} README</translation>
        </message>
        <message>
            <source>{n} README files</source>
            <translation>{n} README files</translation>
        </message>
        <message>
            <source>{n} signal, demand or resource this journal does not have</source>
            <translation>{n} signal, demand or resource this journal does not have</translation>
        </message>
        <message>
            <source>{n} signals, demands or resources this journal does not have</source>
            <translation>{n} signals, demands or resources this journal does not have</translation>
        </message>
        <message>
            <source>{name}: {n}</source>
            <translation>{name}: {n}</translation>
        </message>
        <message>
            <source>{path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or choose its app under “{box}”); nothing was imported.</source>
            <translation>{path} is no export this app reads: a jrnl or Day One .json file, a Day One .zip file, a Daylio .csv file, or a folder of Markdown notes (or choose its app under “{box}”); nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Open Leader Pulse</source>
            <translation>Open Leader Pulse</translation>
        </message>
        <message>
            <source>Today's reflection</source>
            <translation>Today's reflection</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Time for today's reflection</source>
            <translation>Time for today's reflection</translation>
        </message>
        <message>
            <source>A minute is enough. Click to open Today.</source>
            <translation>A minute is enough. Click to open Today.</translation>
        </message>
        <message>
            <source>Leader Pulse keeps running here. Quit from this icon's menu.</source>
            <translation>Leader Pulse keeps running here. Quit from this icon's menu.</translation>
        </message>
    </context>
    <context>
        <name>trends_insights</name>
        <message>
            <source>Worth a look</source>
            <translation>Worth a look</translation>
        </message>
        <message>
            <source>Good news</source>
            <translation>Good news</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <source>{period} · Source: {source}</source>
            <translation>{period} · Source: {source}</translation>
        </message>
        <message>
            <source>Nothing stands out in this period – the numbers are in the charts below.</source>
            <translation>Nothing stands out in this period – the numbers are in the charts below.</translation>
        </message>
        <message>
            <source>Reading the period…</source>
            <translation>Reading the period…</translation>
        </message>
    </context>
    <context>
        <name>trends_view</name>
        <message>
            <source>Range</source>
            <translation>Range</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 weeks</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Show per</source>
            <translation>Show per</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Show as table</translation>
        </message>
        <message>
            <source>Show the numbers behind each chart as a table</source>
            <translation>Show the numbers behind each chart as a table</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{start} – {end} · {days}</source>
            <translation>{start} – {end} · {days}</translation>
        </message>
        <message>
            <source>{n} days logged</source>
            <translation>{n} days logged</translation>
        </message>
        <message>
            <source>1 day logged</source>
            <translation>1 day logged</translation>
        </message>
        <message>
            <source>No days logged in this period yet. Choose a longer range, or log a day in Today.</source>
            <translation>No days logged in this period yet. Choose a longer range, or log a day in Today.</translation>
        </message>
        <message>
            <source>What the numbers show</source>
            <translation>What the numbers show</translation>
        </message>
        <message>
            <source>Hover over a chart for the exact numbers; click a period to open it in the journal. By keyboard: Enter on a chart shows its table.</source>
            <translation>Hover over a chart for the exact numbers; click a period to open it in the journal. By keyboard: Enter on a chart shows its table.</translation>
        </message>
    </context>
    <context>
        <name>unlock_view</name>
        <message>
            <source>Enter your passphrase to open your journal.</source>
            <translation>Enter your passphrase to open your journal.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Forgot your passphrase?</translation>
        </message>
        <message>
            <source>Use your recovery key</source>
            <translation>Use your recovery key</translation>
        </message>
        <message>
            <source>Type the recovery key you were given when you created the journal, and choose a new passphrase. The key keeps working afterwards.</source>
            <translation>Type the recovery key you were given when you created the journal, and choose a new passphrase. The key keeps working afterwards.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Set new passphrase and open</source>
            <translation>Set new passphrase and open</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>That recovery key does not fit. Check it and try again.</source>
            <translation>That recovery key does not fit. Check it and try again.</translation>
        </message>
    </context>
    <context>
        <name>welcome_view</name>
        <message>
            <source>Welcome to Leader Pulse</source>
            <translation>Welcome to Leader Pulse</translation>
        </message>
        <message>
            <source>Leader Pulse is your private journal as a leader: in a couple of minutes at the end of the day you note how your time split between operations and leadership, where you are on the stress staircase, and what is on your mind. Over weeks and months you see your own pattern and prepare your 1:1s. Everything stays encrypted on this computer – no one else can read it.</source>
            <translation>Leader Pulse is your private journal as a leader: in a couple of minutes at the end of the day you note how your time split between operations and leadership, where you are on the stress staircase, and what is on your mind. Over weeks and months you see your own pattern and prepare your 1:1s. Everything stays encrypted on this computer – no one else can read it.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Choose a passphrase – ideally a phrase of several words you can remember.</source>
            <translation>Choose a passphrase – ideally a phrase of several words you can remember.</translation>
        </message>
        <message>
            <source>Remember the passphrase on this computer (the system keyring)</source>
            <translation>Remember the passphrase on this computer (the system keyring)</translation>
        </message>
        <message>
            <source>Create journal</source>
            <translation>Create journal</translation>
        </message>
        <message>
            <source>Creating your encrypted journal…</source>
            <translation>Creating your encrypted journal…</translation>
        </message>
    </context>
    <context>
        <name>who5_dialog</name>
        <message>
            <source>WHO-5 Well-Being Index</source>
            <translation>WHO-5 Well-Being Index</translation>
        </message>
        <message>
            <source>Five short statements about how you have been. For each, choose the answer that fits best. The score is for your own reflection – not a diagnosis.</source>
            <translation>Five short statements about how you have been. For each, choose the answer that fits best. The score is for your own reflection – not a diagnosis.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Answer all five statements to see your score ({n} of 5 answered).</source>
            <translation>Answer all five statements to see your score ({n} of 5 answered).</translation>
        </message>
        <message>
            <source>Your score</source>
            <translation>Your score</translation>
        </message>
        <message>
            <source>out of 100</source>
            <translation>out of 100</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score has risen by {diff} points – a clear change.</source>
            <translation>Since last time ({day}: {before}) your score has risen by {diff} points – a clear change.</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score has fallen by {diff} points – a clear change.</source>
            <translation>Since last time ({day}: {before}) your score has fallen by {diff} points – a clear change.</translation>
        </message>
        <message>
            <source>Since last time ({day}: {before}) your score is about the same.</source>
            <translation>Since last time ({day}: {before}) your score is about the same.</translation>
        </message>
        <message>
            <source>You already have a check-in on this day; saving replaces it.</source>
            <translation>You already have a check-in on this day; saving replaces it.</translation>
        </message>
        <message>
            <source>That date is in the future. Choose today or an earlier date.</source>
            <translation>That date is in the future. Choose today or an earlier date.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Saved. Your WHO-5 score is {score} of 100.</source>
            <translation>Saved. Your WHO-5 score is {score} of 100.</translation>
        </message>
        <message>
            <source>Thank you for taking a moment to check in with yourself.</source>
            <translation>Thank you for taking a moment to check in with yourself.</translation>
        </message>
    </context>
</TS>
