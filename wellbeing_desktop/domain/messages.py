"""The domain's words for the user: what a refused value is told (English; the ids).

Each constant is a message id and its English words at once; ``{name}`` stands for a value
the raising code passes (``Message(WHOLE_NUMBER, low=0, high=5)``). The GUI has the same
words in its catalogue (``ui/common/error_words.py``) and a test proves each has a Danish
translation. Field names (``"hours"``, ``"note"``) stay at the checks: they are also the
names the views match on.
"""

# --- the line of a refused value (ValidationError) ----------------------------------------
NOT_ALLOWED = "{field}: {value} is not allowed; {allowed}"
THIS_VALUE = "this value"
ANSWER_N = "answer {n}"  # the field of one WHO-5 answer

# --- what is allowed: ranges and dates ----------------------------------------------------
WHOLE_NUMBER = "a whole number from {low} to {high}"
WHOLE_NUMBER_PERCENT = "a whole number from {low} to {high} %"
WHOLE_NUMBER_MINUTES = "a whole number from {low} to {high} minutes"
WHOLE_NUMBER_MINUTES_OFF = "a whole number from {low} to {high} minutes (0 turns it off)"
DATE = "a date (YYYY-MM-DD)"
DATE_UP_TO = "a date up to {date}"
TODAY_OR_EARLIER = "today or an earlier date"
DATE_OR_LATER = "{date} or later"
DAY_ON_OR_BEFORE = "a day on or before {date}"
START_BEFORE_END = "a start on or before the end ({date})"
DATE_RANGE_OR_DAYS = "a date range, or some logged days"
DAY_WORDS = "YYYY-MM-DD, today or yesterday"
DAY_BETWEEN = "a day from {earliest} to {latest}"
SCORE = "a score from 0 to 100"
NORM = "from 1 to 80 hours a week"
TIME_OF_DAY = "a time of day (HH:MM) or none"
EXACTLY_FIVE = "exactly five answers"

# --- durations ----------------------------------------------------------------------------
DURATION = (
    "a duration from 0 to 24 h, e.g. 2h30, 2t30, 1,5 or 1.5h (hours), 2:30, 90m or 150 (minutes)"
)
MINUTES_BELOW_60 = "minutes after the hours below 60"
AT_MOST_24_H = "at most 24 h"
AT_MOST_A_DAY = "at most 24 h ({n} minutes) in total a day"
NOT_NEGATIVE = "a duration of 0 or more, e.g. 1h30m"
# A bare 8 on the command line: 8 minutes (the rule) or 8 hours (what was meant)?
BARE_NUMBER = "a unit: {n}h for hours or {n}m for minutes"
# The hours worked in all cover the time of the categories ({time}: hours:minutes, 8:30).
HOURS_COVER_CATEGORIES = "at least the time logged in the categories ({time})"

# --- texts, keys and names ----------------------------------------------------------------
TEXT = "text"
TEXT_TOO_LONG = "at most {n:,} characters (this has {count:,})"
VALID_TEXT = "valid text (it contains a broken character, an unpaired surrogate)"
TEXT_WITHOUT_NUL = "text without NUL characters"
NON_EMPTY_KEY = "a non-empty key"
ONCE_A_DAY = "each one at most once a day"
TAG_RULE = "1 to {n} letters, digits, - or _ (no spaces or #)"
EACH_TAG_ONCE = "each tag at most once"
ONE_OF = "one of {codes}"
ONE_OF_CATEGORIES = "one of the categories ({codes})"
NAME_WITH_A_LETTER = "a name with at least one letter or digit"

# --- sparring topics and 1:1s -------------------------------------------------------------
RESOLVED_DATE = "a date when the topic is resolved"
NO_DATE_WHILE_OPEN = "no date while the topic is open"
ON_OR_AFTER_RAISED = "a date on or after the day it was raised ({date})"
WHO_THE_1_1_IS_WITH = "a name (who the 1:1 is with)"
AGENDA_WITH_TEXT = "agenda points with text"
ACTIONS_WITH_TEXT = "actions with text"

# --- the export log, categories and catalogue items ---------------------------------------
EXPORT_KINDS = "one-on-one, coach, json, csv, xlsx, pulse, leader-group or markdown"
EXPORT_FORMATS = "pdf, md, html, json, csv, xlsx or pulse"
AT_LEAST_ONE_CATEGORY = "at least one category"
EACH_CATEGORY_ONCE = "each category once"
CATEGORY_KEY = "a key of 1 to 64 characters"
CATEGORY_NAME = "a name for every category"
CATEGORY_KINDS = "operations, leadership or own work"
A_LEADERSHIP_CATEGORY = (
    "at least one category that counts as leadership (the leadership share needs it)"
)
ITEM_KEY = "a key of 1 to 120 characters"
CATALOGUE_KINDS = "signal, demand or resource"
ITEM_NAME = "a name for every item"

# --- the calendar's settings (issue #16) --------------------------------------------------
KEYWORD_WORDS = "words of 1 to 100 characters, without commas"
CALENDAR_ADDRESS = "an e-mail address such as name@example.dk"
CALENDAR_FILE = "the full path of an .ics file on this computer"
AT_MOST_N = "at most {n}"

# --- the leader group's pulse (issue #18) -------------------------------------------------
PULSE_NO_DAYS = "a period with logged days (no day is logged from {start} to {end})"
PULSE_TOO_FEW = (
    "the group picture needs pulses from at least {n} leaders and has {count}: {more} more "
    "needed; nothing was combined"
)
ROUND_FROM_MONDAY = "a Monday (a round covers whole weeks, Monday to Sunday)"
ROUND_TO_SUNDAY = (
    "a Sunday at least 13 days after from ({date} or later): a round covers at least 2 whole "
    "weeks, Monday to Sunday"
)
ROUND_NAME = "a name on one line of 1 to {n} characters, without control characters"
NUMBER_FROM_TO = "a number from {low} to {high}"
NUMBER_FROM_TO_OR_NULL = "a number from {low} to {high}, or null"
STEP_SHARES = "five shares from 0 to 1 that add up to 1, or null"
KEYS_FROM = "at most {n} different keys, each one of {codes}"
TRUE_OR_FALSE = "true or false"
PULSE_OBJECT = "a pulse: an object with the pulse's keys"
PULSE_KEYS_ONLY = "only the keys a pulse has"
PULSE_VALUE_MISSING = "a value (it is missing)"
SPARRING_WITH_SITUATION = "true when a situation is open or was resolved"
