"""Screenshots of the window on a server dossier, as an officer and as a reader.

    python tests/tools/screenshot_server.py --lang ar --out-dir /tmp/shots

Starts a throwaway PostgreSQL cluster (``postgres_server.py``), puts the sample dossier on
it, makes a reader, and runs ``screenshot.py`` on the server URL for each role.  The
passwords are given through a PGPASSFILE, as an IT officer would set it up.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.tools.postgres_server import throwaway_cluster  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--section", default="people")
    arguments = parser.parse_args()
    from ncm_desktop.storage import server
    from ncm_desktop.storage.demo import write_demo
    from ncm_desktop.storage.server_location import ServerLocation, parse

    folder = Path(tempfile.mkdtemp(prefix="ncm-shot-server-"))
    os.environ["NCM_DESKTOP_HOME"] = str(folder / "home")
    dossier = folder / "Meridia.ncm"
    write_demo(dossier).close()
    with throwaway_cluster() as url:
        admin, password = parse(url)
        connection = server.connect(admin, password)
        connection.execute("CREATE DATABASE meridia")
        connection.execute("CREATE ROLE focal_point LOGIN PASSWORD 'reader-password'")
        connection.close()
        location = admin.with_database("meridia")
        server.init_schema(location, password)
        server.upload(dossier, location, password)
        server.grant(location, password, "focal_point", server.ServerRole.READER)
        passfile = folder / "pgpass"
        passfile.write_text(f"127.0.0.1:{admin.port}:meridia:{admin.user}:{password}\n"
                            f"127.0.0.1:{admin.port}:meridia:focal_point:reader-password\n")
        passfile.chmod(0o600)
        reader = ServerLocation(admin.host, "meridia", "focal_point", admin.port)
        arguments.out_dir.mkdir(parents=True, exist_ok=True)
        for role, where in (("officer", location), ("reader", reader)):
            out = arguments.out_dir / f"server-{role}-{arguments.lang}.png"
            subprocess.run([sys.executable, str(ROOT / "tests/tools/screenshot.py"),
                            "--dossier", where.url, "--lang", arguments.lang,
                            "--section", arguments.section, "--out", str(out)],
                           env={**os.environ, "PGPASSFILE": str(passfile)}, check=True)


if __name__ == "__main__":
    main()
