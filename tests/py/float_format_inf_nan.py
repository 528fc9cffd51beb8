for f in ['f', 'e', 'g', '10.3f', '+', '%', '.2', '>10', '^10', '010', 'E', 'F', '<8', '+.1e', 'G']:
    print(f, [format(v, f) for v in [float('inf'), float('-inf'), float('nan')]])
