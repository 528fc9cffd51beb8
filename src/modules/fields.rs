//! Data attributes of the module objects that are read from the object:
//! `sys.stdout.buffer`, a stream's `closed`, a match's `string` and `re`,
//! a pattern's `pattern` and `groups`, an array's `typecode` and
//! `itemsize`, a deque's `maxlen` (called from `builtins/fields.rs`).

use crate::objects::iostream::FLAG_CLOSED;
use crate::qstr::{names, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// `obj.name` for an object of builtin type `ty`, when it is such a field.
pub fn field<R: Repr>(vm: &mut Vm<R>, ty: TypeId, obj: R, name: Qstr) -> PyResult<Option<R>> {
    Ok(match (ty, name) {
        (TypeId::TextIO, names::buffer) => super::stream::buffer_of(vm, obj),
        (
            TypeId::StringIO | TypeId::BytesIO | TypeId::TextFile | TypeId::BinaryFile,
            names::closed,
        ) => Some(R::bool(vm.io(obj).flags & FLAG_CLOSED != 0)),
        (TypeId::ReMatch, names::string | names::re) => {
            // SAFETY: `obj` is a Match object.
            let m = unsafe { vm.obj::<super::re::MatchObj<R>>(obj.ptr_ref()) };
            Some(if name == names::string {
                m.string
            } else {
                m.pattern
            })
        }
        (TypeId::RePattern, names::pattern | names::groups) => {
            // SAFETY: `obj` is a Pattern object.
            let p = unsafe { vm.obj::<super::re::PatternObj<R>>(obj.ptr_ref()) };
            if name == names::pattern {
                Some(p.pattern)
            } else {
                let g = p.groups as i64;
                Some(vm.new_int(g)?)
            }
        }
        #[cfg(feature = "mod-array")]
        (TypeId::Array, names::typecode) => {
            let c = [vm.array_code(obj)];
            Some(vm.new_str(core::str::from_utf8(&c).unwrap_or("b"))?)
        }
        #[cfg(feature = "mod-array")]
        (TypeId::Array, names::itemsize) => {
            let n = crate::objects::array::item_size(vm.array_code(obj)).unwrap_or(1);
            Some(vm.new_int(n as i64)?)
        }
        #[cfg(feature = "mod-collections")]
        (TypeId::Deque, names::maxlen) => match vm.deque_maxlen(obj) {
            Some(n) => Some(vm.new_int(n as i64)?),
            None => Some(R::none()),
        },
        _ => None,
    })
}
