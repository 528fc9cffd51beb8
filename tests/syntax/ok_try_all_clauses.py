try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
except:
    pass
else:
    b()
finally:
    c()
