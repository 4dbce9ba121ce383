import sys

from netmkt_desktop.app import main

sys.exit(main())
