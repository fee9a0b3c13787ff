"""Block network access for processes started with EXPLAINER_BLOCK_NETWORK=1.

Put this folder on PYTHONPATH when executing the notebooks: every Python process started then
(the test runner and each notebook kernel) refuses connections to any address that is not on
this machine, so a notebook that tried to fetch data at run time would fail.
"""

import ipaddress
import os
import socket

if os.environ.get("EXPLAINER_BLOCK_NETWORK") == "1":
    _connect = socket.socket.connect
    _connect_ex = socket.socket.connect_ex
    _getaddrinfo = socket.getaddrinfo

    def _is_local(host):
        if host in ("localhost", "", None):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False

    def _check(address):
        if isinstance(address, tuple) and not _is_local(address[0]):
            raise OSError(f"network access blocked while testing notebooks (tried {address[0]})")

    def connect(self, address):
        _check(address)
        return _connect(self, address)

    def connect_ex(self, address):
        _check(address)
        return _connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_local(host):
            raise OSError(f"network access blocked while testing notebooks (tried to resolve {host})")
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo
