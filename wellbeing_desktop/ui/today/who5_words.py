"""The WHO-5 dialog's own words (the questionnaire's are in ``domain.catalogues``)."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

TITLE: Message = translatable("who5_dialog", "WHO-5 Well-Being Index")
INTRO: Message = translatable(
    "who5_dialog",
    "Five short statements about how you have been. For each, choose "
    "the answer that fits best. The score is for your own reflection "
    "– not a diagnosis.",
)
DATE: Message = translatable("who5_dialog", "Date")
ANSWERED: Message = translatable(
    "who5_dialog",
    "Answer all five statements to see your score ({n} of 5 answered).",
)
SCORE: Message = translatable("who5_dialog", "Your score")
OUT_OF: Message = translatable("who5_dialog", "out of 100")
SINCE_NOTABLE_UP: Message = translatable(
    "who5_dialog",
    "Since last time ({day}: {before}) your score has risen by {diff} points – a clear change.",
)
SINCE_NOTABLE_DOWN: Message = translatable(
    "who5_dialog",
    "Since last time ({day}: {before}) your score has fallen by {diff} points – a clear change.",
)
SINCE_SIMILAR: Message = translatable(
    "who5_dialog", "Since last time ({day}: {before}) your score is about the same."
)
REPLACES: Message = translatable(
    "who5_dialog", "You already have a check-in on this day; saving replaces it."
)
FUTURE_DATE: Message = translatable(
    "who5_dialog", "That date is in the future. Choose today or an earlier date."
)
SAVE: Message = translatable("who5_dialog", "Save")
CANCEL: Message = translatable("who5_dialog", "Cancel")
SAVED: Message = translatable("who5_dialog", "Saved. Your WHO-5 score is {score} of 100.")
THANKS: Message = translatable(
    "who5_dialog", "Thank you for taking a moment to check in with yourself."
)
