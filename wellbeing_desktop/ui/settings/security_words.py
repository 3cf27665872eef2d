"""The Security card's words (their translation context stays "settings_security")."""

from __future__ import annotations

from wellbeing_desktop.ui.common.translation import Message, translatable

SECURITY: Message = translatable("settings_security", "Security")
AUTO_LOCK: Message = translatable("settings_security", "Lock automatically after")
AUTO_LOCK_NOTE: Message = translatable(
    "settings_security", "without use. 0 turns the automatic lock off."
)
MINUTES_SUFFIX: Message = translatable("settings_security", " min")
NEVER: Message = translatable("settings_security", "Never")
PASSPHRASE: Message = translatable("settings_security", "Passphrase")
CHANGE_PASSPHRASE: Message = translatable("settings_security", "Change passphrase…")
ROTATE_KEY: Message = translatable("settings_security", "My passphrase may be known…")
PASSPHRASE_CHANGED: Message = translatable(
    "settings_security",
    "The passphrase was changed. Use the new one next time you unlock.",
)
THIS_COMPUTER: Message = translatable("settings_security", "This computer")
REMEMBER: Message = translatable("settings_security", "Remember on this computer")
FORGET: Message = translatable("settings_security", "Forget")
REMEMBERED: Message = translatable(
    "settings_security",
    "The passphrase is remembered in the system keyring: the journal opens without asking.",
)
NOT_REMEMBERED: Message = translatable(
    "settings_security", "You type the passphrase each time you open the journal."
)
REMEMBER_HINT: Message = translatable(
    "settings_security",
    "If you remember it here, anyone logged in to your user account can open the journal.",
)
CHECKING: Message = translatable("settings_security", "Asking the system keyring…")
BACKUPS: Message = translatable("settings_security", "Backups")
LATEST: Message = translatable("settings_security", "Latest backup: {when}")
NO_BACKUP: Message = translatable("settings_security", "There is no backup yet.")
FOLDER: Message = translatable("settings_security", "Folder:")
OPEN_FOLDER: Message = translatable("settings_security", "Open folder")
BACKUP_NOW: Message = translatable("settings_security", "Back up now")
BACKING_UP: Message = translatable("settings_security", "Backing up…")
BACKUP_MADE: Message = translatable("settings_security", "The backup was saved.")
BACKUP_NOTE: Message = translatable(
    "settings_security",
    "The journal is backed up automatically once a day when you "
    "unlock it. A backup is encrypted like the journal and opens "
    "with the same passphrase or recovery key, on another computer "
    "too. Backups from the last {days} days and {weeks} weeks are "
    "kept.",
)
