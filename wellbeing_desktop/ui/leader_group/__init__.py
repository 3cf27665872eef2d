"""The Leader group page: share your pulse, facilitate a round (issue #18)."""
