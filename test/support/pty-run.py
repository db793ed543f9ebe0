"""Runs a command on a real pseudo-terminal and types keys into it, as a person at a terminal would.

Usage: python3 pty-run.py '<JSON list of keystroke chunks>' command [args...]
Waits for the command's first output (the prompt), types each chunk 150 ms apart, then reads until
the command exits. Prints JSON: {"output": everything the terminal showed, "code": exit code}.
Node has no pty of its own (node-pty is a native module); Python's pty is in the standard library.
"""
import json
import os
import pty
import select
import sys
import time

keys = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])

output = b''


def read_for(seconds, until_any=False):
    global output
    end = time.time() + seconds
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.time()))
        if not ready:
            return True
        try:
            data = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            return False
        if not data:
            return False
        output += data
        if until_any:
            return True
    return True


read_for(20, until_any=True)
time.sleep(0.2)
for chunk in keys:
    os.write(fd, chunk.encode('utf-8'))
    time.sleep(0.15)
while read_for(20):
    pass
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
print(json.dumps({'output': output.decode('utf-8', 'replace'), 'code': code}))
