import mod_simple
mod_simple.VALUE = 'changed'
print(mod_simple.get_value())
import mod_simple as again
print(again.VALUE)
