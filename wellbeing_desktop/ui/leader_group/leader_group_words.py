"""The Leader group page's words (English source; Danish in the translation catalogue)."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

INTRO: Message = translatable(
    "leader_group",
    "Keep a finger on the pulse – for the leaders as a group. Numbers only, anonymous, "
    "and combined only in groups of five or more.",
)

# --- share your pulse ---------------------------------------------------------------------
SHARE_TITLE: Message = translatable("leader_group", "Share your pulse")
OPEN_ROUND: Message = translatable("leader_group", "Open round file…")
OPEN_ROUND_TIP: Message = translatable(
    "leader_group", "Open the round file your facilitator sent you"
)
OPEN_ROUND_CAPTION: Message = translatable("leader_group", "Open the round file")
# File dialog filters: the words translate, the patterns are added in code.
ROUND_FILES: Message = translatable("leader_group", "Round files")
JSON_FILES: Message = translatable("leader_group", "JSON")
ALL_FILES: Message = translatable("leader_group", "All files")
SHARE_EMPTY: Message = translatable(
    "leader_group",
    "Open the round file your facilitator sent you. You see exactly what would be shared "
    "before anything is saved.",
)
ROUND_LINE: Message = translatable("leader_group", "{name} · {period}")
KEY_CODE: Message = translatable(
    "leader_group", "Round code {code} – ask your facilitator if it matches."
)
FACTS: Message = translatable("leader_group", "What the file will hold")
WHO5_BOX: Message = translatable("leader_group", "Also share my WHO-5 level")
SAVE_PULSE: Message = translatable("leader_group", "Save pulse file…")
SAVE_PULSE_TIP: Message = translatable(
    "leader_group", "Save the pulse file, encrypted to the round's key, to send it back"
)
SAVE_PULSE_CAPTION: Message = translatable(
    "leader_group", "Save the pulse file (only the round's key opens it)"
)
PULSE_FILES: Message = translatable("leader_group", "Pulse files")
PULSE_SAVED: Message = translatable(
    "leader_group", "Saved to {path}. Send the file to your facilitator."
)
PULSE_SAVED_EARLIER: Message = translatable(
    "leader_group",
    "The file saved to {path} holds your earlier choice, not what is shown now. Save again "
    "to send this.",
)
NO_DAYS: Message = translatable(
    "leader_group",
    "You have no logged days from {start} to {end}, so there is nothing to share.",
)

# --- facilitate a round -------------------------------------------------------------------
FACILITATE_TITLE: Message = translatable("leader_group", "Facilitate a round")
FACILITATE_INTRO: Message = translatable(
    "leader_group",
    "For HR or the chair of the leader group: start a round, send the round file to the "
    "leaders, then combine the pulse files they send back.",
)
START_ROUND: Message = translatable("leader_group", "Start a round…")
START_ROUND_TIP: Message = translatable(
    "leader_group", "Choose a name, a period and the minimum group, and save the round file"
)
ROUNDS: Message = translatable("leader_group", "Your rounds")
ROUND_NAME: Message = translatable("leader_group", "Name")
ROUND_PERIOD: Message = translatable("leader_group", "Period")
ROUND_DETAILS: Message = translatable(
    "leader_group", "Round code {code} · at least {min_group} leaders"
)
ROUND_TIP: Message = translatable(
    "leader_group", "{name}\n{period} · at least {min_group} leaders · round code {code}"
)
NO_ROUNDS: Message = translatable(
    "leader_group", "No rounds yet. Start one when the leader group wants a shared picture."
)
SAVE_ROUND_AGAIN: Message = translatable("leader_group", "Save round file…")
SAVE_ROUND_AGAIN_TIP: Message = translatable(
    "leader_group", "Save the selected round's file again (to send it once more)"
)
COMBINE: Message = translatable("leader_group", "Combine pulse files…")
COMBINE_TIP: Message = translatable(
    "leader_group", "Choose the pulse files the leaders sent for the selected round"
)
COMBINE_CAPTION: Message = translatable("leader_group", "Choose the round's pulse files")
COMBINING: Message = translatable("leader_group", "Combining…")
SELECT_ROUND: Message = translatable("leader_group", "Select a round in the list first.")
ROUND_SAVED: Message = translatable(
    "leader_group",
    "The round file is saved to {path}. Send it to the leaders, and read out the round code "
    "{code}.",
)
ROUND_NOT_WRITTEN: Message = translatable(
    "leader_group",
    "The round is started, but its file was not written: {reason} Save it again from the list.",
)
ROUND_FILE_CAPTION: Message = translatable(
    "leader_group", "Save the round file (it holds no secret)"
)

# --- the start-a-round dialog ---------------------------------------------------------------
DIALOG_TITLE: Message = translatable("leader_group", "Start a round")
DIALOG_INTRO: Message = translatable(
    "leader_group",
    "The leaders share their pulse for this period. The round's private key stays in "
    "your journal: only you can combine the pulses.",
)
NAME: Message = translatable("leader_group", "Name")
NAME_PLACEHOLDER: Message = translatable("leader_group", "e.g. Leader group, autumn 2026")
FROM: Message = translatable("leader_group", "From")
TO: Message = translatable("leader_group", "To")
WEEKS_OK: Message = translatable(
    "leader_group", "{weeks} whole weeks, from Monday {start} to Sunday {end}."
)
FROM_MONDAY: Message = translatable(
    "leader_group", "A round covers whole weeks: choose a Monday as From."
)
TO_SUNDAY: Message = translatable(
    "leader_group",
    "A round covers at least 2 whole weeks: choose a Sunday as To, {date} or later.",
)
OVERLAPS: Message = translatable(
    "leader_group",
    "The round “{name}” already covers {start} – {end}: choose Monday {next} or later as "
    "From, or weeks before it.",
)
MIN_GROUP: Message = translatable("leader_group", "Minimum group")
MIN_GROUP_HELP: Message = translatable(
    "leader_group", "At least 5: fewer pulses are never combined."
)
SAVE_ROUND: Message = translatable("leader_group", "Save round file…")
CANCEL: Message = translatable("leader_group", "Cancel")

# --- the group picture ----------------------------------------------------------------------
GROUP_TITLE: Message = translatable("leader_group", "The group picture")
GROUP_INTRO: Message = translatable(
    "leader_group",
    "{leaders} leaders combined. No single pulse is shown, and a figure that would rest on "
    "fewer than three leaders is left out.",
)
GROUP_PREVIEW: Message = translatable("leader_group", "The group picture as the report shows it")
FORMAT: Message = translatable("leader_group", "Format")
SAVE_REPORT: Message = translatable("leader_group", "Save report…")
REPORT_SAVED: Message = translatable("leader_group", "Saved to {path}.")
CLOSE: Message = translatable("leader_group", "Close")
REPORT_STEM: Message = translatable("leader_group", "leader-group")
