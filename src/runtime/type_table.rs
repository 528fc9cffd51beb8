//! The table of builtin types in `TypeId` order (see `types.rs`). The attribute
//! tables live with each type's code in `objects/`; entries here name them.

use super::types::{TypeId, TypeInfo, TYPE_COUNT};
use crate::qstr::names;

macro_rules! type_table {
    ($($id:ident $name:ident $base:tt $attrs:expr;)*) => {
        /// Every builtin type, indexed by `TypeId`.
        pub static TYPES: [&TypeInfo; TYPE_COUNT] = [$(&TypeInfo {
            id: TypeId::$id,
            name: names::$name,
            base: type_table!(@base $base),
            attrs: $attrs,
        }),*];
    };
    (@base None) => { None };
    (@base $b:ident) => { Some(TypeId::$b) };
}

type_table! {
    Object object None crate::builtins::objects::ATTRS;
    Type type_ Object &[];
    NoneType NoneType Object &[];
    Bool bool Int &[];
    Int int Object &[];
    Float float Object &[];
    Complex complex Object &[];
    Str str Object crate::builtins::strings::ATTRS;
    Bytes bytes Object &[];
    ByteArray bytearray Object &[];
    MemoryView memoryview Object &[];
    Tuple tuple Object &[];
    List list Object crate::builtins::lists::ATTRS;
    Dict dict Object crate::builtins::dicts::ATTRS;
    Set set Object &[];
    FrozenSet frozenset Object &[];
    Range range Object &[];
    Slice slice Object &[];
    Ellipsis ellipsis Object &[];
    NotImplementedType NotImplementedType Object &[];
    Function function Object &[];
    Closure closure Object &[];
    BoundMethod bound_method Object &[];
    NativeFunction function Object &[];
    Generator generator Object crate::builtins::gens::ATTRS;
    Coroutine coroutine Object crate::builtins::gens::ATTRS;
    Module module Object &[];
    Cell cell Object &[];
    Property property Object &[];
    StaticMethod staticmethod Object &[];
    ClassMethod classmethod Object &[];
    Super super_ Object &[];
    TupleIterator tuple_iterator Object &[];
    ListIterator list_iterator Object &[];
    StrIterator str_iterator Object &[];
    BytesIterator bytes_iterator Object &[];
    DictKeyIterator dict_keyiterator Object &[];
    DictValueIterator dict_valueiterator Object &[];
    DictItemIterator dict_itemiterator Object &[];
    SetIterator set_iterator Object &[];
    RangeIterator range_iterator Object &[];
    Enumerate enumerate Object &[];
    Zip zip Object &[];
    Map map Object &[];
    Filter filter Object &[];
    Reversed reversed Object &[];
    DictKeys dict_keys Object &[];
    DictValues dict_values Object &[];
    DictItems dict_items Object &[];
    CallIterator callable_iterator Object &[];
    RawCode code Object &[];
    BaseException BaseException Object &[];
    SystemExit SystemExit BaseException &[];
    KeyboardInterrupt KeyboardInterrupt BaseException &[];
    GeneratorExit GeneratorExit BaseException &[];
    Exception Exception BaseException &[];
    StopIteration StopIteration Exception &[];
    StopAsyncIteration StopAsyncIteration Exception &[];
    ArithmeticError ArithmeticError Exception &[];
    OverflowError OverflowError ArithmeticError &[];
    ZeroDivisionError ZeroDivisionError ArithmeticError &[];
    AssertionError AssertionError Exception &[];
    AttributeError AttributeError Exception &[];
    EOFError EOFError Exception &[];
    ImportError ImportError Exception &[];
    LookupError LookupError Exception &[];
    IndexError IndexError LookupError &[];
    KeyError KeyError LookupError &[];
    MemoryError MemoryError Exception &[];
    NameError NameError Exception &[];
    UnboundLocalError UnboundLocalError NameError &[];
    OSError OSError Exception &[];
    RuntimeError RuntimeError Exception &[];
    NotImplementedError NotImplementedError RuntimeError &[];
    SyntaxError SyntaxError Exception &[];
    IndentationError IndentationError SyntaxError &[];
    TypeError TypeError Exception &[];
    ValueError ValueError Exception &[];
    UnicodeError UnicodeError ValueError &[];
}
