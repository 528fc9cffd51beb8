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
    Int int Object crate::builtins::ints::ATTRS;
    Float float Object crate::builtins::floats::ATTRS;
    Complex complex Object crate::builtins::floats::COMPLEX_ATTRS;
    Str str Object crate::builtins::strings::ATTRS;
    Bytes bytes Object crate::builtins::bytes::ATTRS;
    ByteArray bytearray Object crate::builtins::bytes::BYTEARRAY_ATTRS;
    MemoryView memoryview Object crate::builtins::bytes::MEMORYVIEW_ATTRS;
    Tuple tuple Object crate::builtins::seqs::ATTRS;
    List list Object crate::builtins::lists::ATTRS;
    Dict dict Object crate::builtins::dicts::ATTRS;
    Set set Object crate::builtins::sets::ATTRS;
    FrozenSet frozenset Object crate::builtins::sets::FROZENSET_ATTRS;
    Range range Object crate::builtins::seqs::ATTRS;
    Slice slice Object crate::builtins::seqs::SLICE_ATTRS;
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
    Property property Object crate::builtins::descrs::PROPERTY_ATTRS;
    StaticMethod staticmethod Object &[];
    ClassMethod classmethod Object &[];
    Super super_ Object &[];
    TupleIterator tuple_iterator Object crate::builtins::seqs::ITER_ATTRS;
    ListIterator list_iterator Object crate::builtins::seqs::ITER_ATTRS;
    StrIterator str_iterator Object crate::builtins::seqs::ITER_ATTRS;
    BytesIterator bytes_iterator Object crate::builtins::seqs::ITER_ATTRS;
    DictKeyIterator dict_keyiterator Object crate::builtins::seqs::ITER_ATTRS;
    DictValueIterator dict_valueiterator Object crate::builtins::seqs::ITER_ATTRS;
    DictItemIterator dict_itemiterator Object crate::builtins::seqs::ITER_ATTRS;
    SetIterator set_iterator Object crate::builtins::seqs::ITER_ATTRS;
    RangeIterator range_iterator Object crate::builtins::seqs::ITER_ATTRS;
    Enumerate enumerate Object crate::builtins::seqs::ITER_ATTRS;
    Zip zip Object crate::builtins::seqs::ITER_ATTRS;
    Map map Object crate::builtins::seqs::ITER_ATTRS;
    Filter filter Object crate::builtins::seqs::ITER_ATTRS;
    Reversed reversed Object crate::builtins::seqs::ITER_ATTRS;
    DictKeys dict_keys Object &[];
    DictValues dict_values Object &[];
    DictItems dict_items Object &[];
    CallIterator callable_iterator Object crate::builtins::seqs::ITER_ATTRS;
    RawCode code Object &[];
    TextIO TextIOWrapper Object crate::modules::stream::ATTRS;
    StringIO StringIO Object crate::builtins::io::ATTRS;
    BytesIO BytesIO Object crate::builtins::io::ATTRS;
    TextFile TextIOWrapper Object crate::builtins::io::ATTRS;
    BinaryFile FileIO Object crate::builtins::io::ATTRS;
    RePattern Pattern Object crate::modules::re::PATTERN_ATTRS;
    ReMatch Match Object crate::modules::re::MATCH_ATTRS;
    NamedTuple NAMEDTUPLE_BASE Object crate::modules::collections::NAMEDTUPLE_ATTRS;
    OrderedDict OrderedDict Dict &[];
    Deque deque Object crate::builtins::deques::ATTRS;
    DequeIterator deque_iterator Object crate::builtins::seqs::ITER_ATTRS;
    Array array Object crate::builtins::arrays::ATTRS;
    ArrayIterator array_iterator Object crate::builtins::seqs::ITER_ATTRS;
    Sha256 sha256 Object crate::modules::hashlib::SHA256_ATTRS;
    Sha1 sha1 Object crate::modules::hashlib::SHA1_ATTRS;
    Md5 md5 Object crate::modules::hashlib::MD5_ATTRS;
    BaseException BaseException Object crate::builtins::excs::ATTRS;
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
    TabError TabError IndentationError &[];
    TypeError TypeError Exception &[];
    ValueError ValueError Exception &[];
    UnicodeError UnicodeError ValueError &[];
}
