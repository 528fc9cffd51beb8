from . import sub
from .sub import NAME as SIBLING_NAME
def combined():
    return 'rel+' + sub.helper()
