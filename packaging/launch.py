"""Entry script of the PyInstaller bundle (packaging/netmkt-desktop.spec): the same main() as
``python -m netmkt_desktop`` and the ``netmkt-desktop`` command."""

import sys

from netmkt_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
