# mupy: host-only
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].endswith('sys_argv_path.py'))
print(type(sys.path).__name__, all(type(p) is str for p in sys.path))
