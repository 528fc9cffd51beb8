//! The `self` check of builtin methods. A method reached through its type
//! (`list.append(x, 1)`, `getattr(list, 'append')(x, 1)`) gets whatever
//! object the caller passes first, while the method itself reads `self`
//! with its type's layout; so every call of a method of the areas below
//! checks first that `self` has that builtin type (directly or through a
//! subclass, whose instances share the layout). Areas whose methods check
//! `self` themselves (str, int, float, bytes, exceptions) are not listed.

use crate::runtime::natives::area;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

/// The builtin types `self` may have for native `index` of `area`, or
/// `None` when the native is no method (or checks `self` itself).
fn self_types(a: u8, index: u8) -> Option<&'static [TypeId]> {
    use crate::builtins::{dicts, seqs};
    Some(match a {
        area::LIST => &[TypeId::List],
        area::DICT if index != dicts::Idx::FROMKEYS as u8 => &[TypeId::Dict],
        area::SET => &[TypeId::Set, TypeId::FrozenSet],
        area::GENERATOR => &[TypeId::Generator, TypeId::Coroutine],
        area::SEQ if index == seqs::Idx::COUNT as u8 || index == seqs::Idx::INDEX as u8 => {
            &[TypeId::Tuple, TypeId::List, TypeId::Range]
        }
        area::SEQ if index == seqs::Idx::INDICES as u8 => &[TypeId::Slice],
        _ => return None,
    })
}

/// TypeError unless `args[0]` suits native `index` of area `a`.
pub fn check<R: Repr>(vm: &mut Vm<R>, a: u8, index: u8, args: &[R]) -> PyResult<()> {
    let Some(types) = self_types(a, index) else {
        return Ok(());
    };
    let Some(&s) = args.first() else {
        return Ok(());
    };
    if s.is_ptr() && types.contains(&vm.builtin_type_of(s)) {
        return Ok(());
    }
    let want = String::from(vm.qstr_str(types[0].info().name));
    let got = vm.type_name(s);
    Err(crate::raise!(
        vm,
        TypeError,
        "descriptor requires a '{}' object but received a '{}'",
        want,
        got
    ))
}
