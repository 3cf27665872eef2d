"""Keys and secrets: the passphrase-wrapped key file and the optional system keyring."""
