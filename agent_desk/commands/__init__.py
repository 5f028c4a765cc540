"""Sub-commands of `agent-desk`, one module per capability."""
