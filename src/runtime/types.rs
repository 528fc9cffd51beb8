//! Builtin types: every builtin type and exception class is a `static`
//! [`TypeInfo`] (ROM), named by its [`TypeId`]. The ROM reference of a builtin
//! type is `rom_ref(Region::Type, id)`, so an object's header word tells its
//! builtin type with no memory access. Instances of user classes carry a heap
//! reference to their class instead (see `objects::class`).
//!
//! Each type's `TypeInfo` is defined in the file of that type
//! (`objects/list.rs` holds `LIST_TYPE`); [`TYPES`] only lists them in
//! `TypeId` order.

use super::rom::{rom_ref, Region};
use super::value::RomValue;
use crate::qstr::Qstr;
use mupy_reprs::ObjRef;

/// Every builtin type, in the order of [`TYPES`].
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
#[repr(u16)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    MemoryView,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Ellipsis,
    NotImplementedType,
    Function,
    Closure,
    BoundMethod,
    NativeFunction,
    Generator,
    Coroutine,
    Module,
    Cell,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// Iterators of builtin containers; one type each so `type(iter(x))` is honest.
    TupleIterator,
    ListIterator,
    StrIterator,
    BytesIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    SetIterator,
    RangeIterator,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    DictKeys,
    DictValues,
    DictItems,
    /// A callable iterator made by `iter(callable, sentinel)`.
    CallIterator,
    /// The code object of a compiled function (not Python-visible as a type name).
    RawCode,
    /// `sys.stdin`/`stdout`/`stderr` (ROM objects, see `modules::stream`).
    TextIO,
    /// `io` streams (`objects/iostream.rs`): in memory, and files from `open()`.
    StringIO,
    BytesIO,
    TextFile,
    BinaryFile,
    /// `re` compiled patterns and match objects (`modules/re.rs`).
    RePattern,
    ReMatch,
    /// Types of the `collections`, `array` and `hashlib` modules
    /// (`NamedTuple` is the ROM base holding every namedtuple's methods).
    NamedTuple,
    /// A dict whose repr names it and whose equality with another is
    /// ordered; every other operation sees a `Dict` (`builtin_type_of`).
    OrderedDict,
    Deque,
    DequeIterator,
    Array,
    ArrayIterator,
    Sha256,
    Sha1,
    Md5,
    // Exceptions, parents before children.
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    EOFError,
    ImportError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    RuntimeError,
    NotImplementedError,
    SyntaxError,
    IndentationError,
    TabError,
    TypeError,
    ValueError,
    UnicodeError,
}

/// Number of builtin types.
pub const TYPE_COUNT: usize = TypeId::UnicodeError as usize + 1;

impl TypeId {
    #[inline(always)]
    pub const fn rom_ref(self) -> ObjRef {
        rom_ref(Region::Type, self as u32)
    }

    #[inline(always)]
    pub fn from_index(i: u32) -> Option<TypeId> {
        if (i as usize) < TYPE_COUNT {
            // SAFETY: `TypeId` is `repr(u16)` with dense discriminants
            // `0..TYPE_COUNT`, and `i` was just checked to be in that range.
            Some(unsafe { core::mem::transmute::<u16, TypeId>(i as u16) })
        } else {
            None
        }
    }

    pub fn info(self) -> &'static TypeInfo {
        TYPES[self as usize]
    }

    pub fn is_exception(self) -> bool {
        self >= TypeId::BaseException
    }
}

/// One builtin type: its name, its base, and its attributes (methods and
/// class attributes). Tables are short, so lookup is a linear scan, as for
/// MicroPython's ROM dicts; a test checks that no name appears twice.
pub struct TypeInfo {
    pub id: TypeId,
    pub name: Qstr,
    pub base: Option<TypeId>,
    pub attrs: &'static [(Qstr, RomValue)],
}

impl TypeInfo {
    /// The attribute `name` of this type or of its bases.
    pub fn lookup(&'static self, name: Qstr) -> Option<RomValue> {
        let mut t = self;
        loop {
            if let Some(&(_, v)) = t.attrs.iter().find(|&&(q, _)| q == name) {
                return Some(v);
            }
            t = t.base?.info();
        }
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype_of(&'static self, other: TypeId) -> bool {
        let mut t = self;
        loop {
            if t.id == other {
                return true;
            }
            match t.base {
                Some(b) => t = b.info(),
                None => return other == TypeId::Object,
            }
        }
    }
}

pub use super::type_table::TYPES;
