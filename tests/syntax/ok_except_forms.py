try:
    pass
except E:
    pass
except (A, B):
    pass
except (A, B) as e:
    pass
except E as e:
    pass
except mod.Error:
    pass
except:
    pass
