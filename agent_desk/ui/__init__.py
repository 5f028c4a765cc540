"""Qt widgets and dialogs. Presents and collects; every rule lives in the services below."""
