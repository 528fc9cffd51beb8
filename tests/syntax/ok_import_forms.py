import a
import a.b.c
import a as b
import a.b as c
import a, b.c as d, e
from a import b
from a import b as c, d
from a import (b, c)
from a import (b as c, d,)
from a.b import *
from . import a
from .. import b
from .a import c
from ..a.b import d
from ... import e
