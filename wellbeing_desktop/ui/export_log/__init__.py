"""The record of what was exported, shared by the 1:1 and coach views."""
