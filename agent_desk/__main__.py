from agent_desk.cli import main

raise SystemExit(main())
