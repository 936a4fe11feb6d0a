from hrdesk.cli import main

raise SystemExit(main())
