"""The GUI's words for the leader group's pulse's error messages (issue #18).

Part of ``error_catalogue`` (which splices them into its ``MESSAGES`` and
``MESSAGE_PATTERNS``): the round and pulse files, the sealing, and the guard against
differencing the group pictures of a round.
"""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

# Whole messages (no value in them).
PULSE_MESSAGES: tuple[Message, ...] = (
    translatable("errors", "the pulse cannot be opened with this round's key"),
    translatable("errors", "round file"),
    translatable("errors", "pulse file"),
    translatable(
        "errors",
        "this journal did not start this round, so it does not hold the round's key; combine "
        "the pulses in the journal that started the round",
    ),
    translatable("errors", "one leader"),
    translatable("errors", "two leaders"),
    translatable("errors", "the pulse opened, but it was not made by Leader Pulse"),
    translatable(
        "errors",
        "the round file's key cannot be used to seal a pulse (the file was changed or made by "
        "hand); ask the facilitator for the round file again; nothing was written",
    ),
    translatable(
        "errors",
        "a group picture of this round that the journal remembers cannot be read, so a new "
        "one cannot be checked against it; nothing was combined",
    ),
    translatable(
        "errors",
        "the journal's secret for pulse tokens cannot be read, so no pulse can be made that "
        "counts as yours; nothing was written",
    ),
)

# Messages with values ({path}, {date}, {leaders}, ...).
PULSE_PATTERNS: tuple[Message, ...] = (
    translatable("errors", "{path} is not a Leader Pulse round file"),
    translatable("errors", "{path} is not a Leader Pulse pulse file"),
    translatable(
        "errors",
        "{path} was made by a newer version of Leader Pulse (file version {code}); update the app",
    ),
    translatable("errors", "the round file {path} is damaged ({detail}); ask for it again"),
    translatable("errors", "the pulse file {path} is damaged ({detail}); ask for it again"),
    translatable("errors", "its {code} is not valid"),
    translatable("errors", "its {code} has the wrong length"),
    translatable(
        "errors",
        'the pulse file {path} belongs to another round, not to "{name}"; nothing was combined',
    ),
    translatable(
        "errors",
        "the pulse file {path} cannot be opened with this round's key (it was made for another "
        "round, or changed on the way); nothing was combined",
    ),
    translatable(
        "errors",
        "the pulse file {path} is damaged: what it holds is not a pulse this app reads; "
        "nothing was combined",
    ),
    translatable(
        "errors",
        "the group picture needs pulses from at least {n} leaders and has {count}: {more} more "
        "needed; nothing was combined",
    ),
    translatable(
        "errors",
        "a pulse sent again after the group picture of {date} at {time} would show that "
        "leader's change; combine with the same pulse of that leader as then; nothing was combined",
    ),
    translatable(
        "errors",
        "this group picture leaves out {leaders} of the picture of {date} at {time}, so their "
        "figures could be read from the difference; make the picture again with the same "
        "files as then; nothing was combined",
    ),
    translatable(
        "errors",
        "this round already has its group picture, made on {date} at {time}; one with more "
        "leaders would let the added leaders' figures be read from the difference, so make it "
        "again with the same files, or start a round for later weeks; nothing was combined",
    ),
    translatable(
        "errors",
        "the pulse is too large to seal ({size} bytes, at most {limit}); nothing was written",
    ),
    translatable("errors", "{n} leaders"),
    translatable(
        "errors",
        'the round "{name}" of this journal already covers {start} to {end}; two rounds over '
        "the same weeks could be compared to read one leader's figures, so let the new round "
        "start after {end}; no round was started",
    ),
)
