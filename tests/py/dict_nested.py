cfg = {'db': {'host': 'h', 'ports': [1, 2]}, 'debug': False}
cfg['db']['ports'].append(3)
print(cfg)
print(cfg['db']['ports'][-1])
