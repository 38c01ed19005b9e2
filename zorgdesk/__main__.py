from zorgdesk.cli import main

raise SystemExit(main())
