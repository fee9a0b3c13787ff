"""The notebooks run with the network blocked: the guard works, in this process and in a kernel."""

import os
import socket
import subprocess
import sys
import threading

import nbformat
import pytest
from support.paths import ROOT

GUARD = ROOT / "tests" / "offline"


def guarded_env():
    env = dict(os.environ)
    env["EXPLAINER_BLOCK_NETWORK"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def test_guard_blocks_outside_addresses_and_allows_loopback():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    threading.Thread(target=lambda: server.accept(), daemon=True).start()
    code = (
        "import socket, urllib.request\n"
        f"socket.create_connection(('127.0.0.1', {port}), timeout=5).close()\n"
        "try:\n"
        "    urllib.request.urlopen('http://198.51.100.7/data.csv', timeout=5)\n"
        "except OSError as err:\n"
        "    print('blocked' if 'network access blocked' in str(err) else f'other error: {err}')\n"
        "else:\n"
        "    print('reached the network')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=guarded_env(), capture_output=True,
                         text=True, timeout=60)
    server.close()
    assert out.stdout.strip() == "blocked", out.stderr


@pytest.mark.slow
def test_kernel_inherits_the_guard(tmp_path, monkeypatch):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    for key, value in guarded_env().items():
        monkeypatch.setenv(key, value)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import urllib.request\n"
                                          "urllib.request.urlopen('http://198.51.100.7/', timeout=5)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    with pytest.raises(CellExecutionError, match="network access blocked"):
        NotebookClient(nb, timeout=120, kernel_name="python3").execute()
