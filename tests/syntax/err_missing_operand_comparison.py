if x <:
    pass
