transitions = {('idle', 'start'): 'running', ('running', 'pause'): 'paused',
               ('paused', 'start'): 'running', ('running', 'stop'): 'idle'}
state = 'idle'
for ev in ['start', 'pause', 'start', 'stop', 'pause']:
    state = transitions.get((state, ev), state)
    print(ev, '->', state)
