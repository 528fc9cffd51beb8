from array import array
for tc in ('z', 'x', 'ii'):
    try:
        array(tc)
    except (ValueError, TypeError) as e:
        print(tc, type(e).__name__)
