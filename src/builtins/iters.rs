//! `enumerate`, `zip`, `map`, `filter`, `reversed`: lazy iterators over
//! other iterators (iterator layout: `a`, `b`, `c` words).

use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

/// Makes one of these iterators from the constructor's arguments.
pub fn make<R: Repr>(vm: &mut Vm<R>, ty: TypeId, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let none = R::none();
    match ty {
        TypeId::Enumerate => {
            let Some(seq) = args
                .first()
                .copied()
                .or_else(|| super::kwarg(kwargs, crate::qstr::names::iterable))
            else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            };
            let it = vm.get_iter(seq)?;
            let start = args
                .get(1)
                .copied()
                .or_else(|| super::kwarg(kwargs, crate::qstr::names::start))
                .unwrap_or(R::small_int(0).unwrap_or(none));
            vm.new_iter_obj(ty, it, start, none)
        }
        TypeId::Zip => {
            let its = vm.new_list(&[])?;
            for &a in args {
                let it = vm.get_iter(a)?;
                vm.list_append(its, it)?;
            }
            vm.new_iter_obj(ty, its, none, none)
        }
        TypeId::Map | TypeId::Filter => {
            if args.len() < 2 {
                return Err(vm.type_error("expected at least 2 arguments"));
            }
            let its = vm.new_list(&[])?;
            for &a in &args[1..] {
                let it = vm.get_iter(a)?;
                vm.list_append(its, it)?;
            }
            vm.new_iter_obj(ty, args[0], its, none)
        }
        _ => {
            let Some(&seq) = args.first() else {
                return Err(vm.type_error("reversed expected 1 argument, got 0"));
            };
            reversed(vm, seq)
        }
    }
}

/// The next item of one of these iterators.
pub fn next<R: Repr>(vm: &mut Vm<R>, ty: TypeId, it: R) -> PyResult<Option<R>> {
    let (a, b) = {
        let o = vm.iter_obj(it);
        (o.a, o.b)
    };
    match ty {
        TypeId::Enumerate => match vm.iter_next(a)? {
            Some(v) => {
                let n = vm.binary_op(
                    mupy_emitters::ops::BinaryOp::Add,
                    b,
                    R::small_int(1).unwrap_or(b),
                )?;
                vm.iter_obj(it).b = n;
                Ok(Some(vm.new_tuple(&[b, v])?))
            }
            None => Ok(None),
        },
        TypeId::Zip => {
            let n = vm.list_len(a);
            if n == 0 {
                return Ok(None);
            }
            let base = vm.roots.temps.len();
            if !next_of_each(vm, a)? {
                return Ok(None);
            }
            Ok(Some(vm.temps_to_tuple(base)?))
        }
        TypeId::Map => {
            let base = vm.roots.temps.len();
            if !next_of_each(vm, b)? {
                return Ok(None);
            }
            let args: alloc::vec::Vec<R> = vm.roots.temps[base..].into();
            let result = vm.call(a, &args, &[]);
            vm.roots.temps.truncate(base);
            Ok(Some(result?))
        }
        TypeId::Filter => loop {
            let sub = vm.list_items(b)[0];
            match vm.iter_next(sub)? {
                Some(v) => {
                    let keep = if a.is_none() {
                        v
                    } else {
                        vm.call(a, &[v], &[])?
                    };
                    if vm.truthy(keep)? {
                        return Ok(Some(v));
                    }
                }
                None => return Ok(None),
            }
        },
        _ => {
            let i = vm.int_of(b).unwrap_or(0) - 1;
            if i < 0 {
                return Ok(None);
            }
            vm.iter_obj(it).b = R::small_int(i).unwrap_or(R::none());
            match vm.builtin_type_of(a) {
                TypeId::Tuple | TypeId::List if !vm.is_user_instance(a) => {
                    // A list may have shrunk meanwhile.
                    let n = vm.seq_len(a);
                    Ok(((i as usize) < n).then(|| vm.seq_item(a, i as usize)))
                }
                _ => {
                    let k = vm.new_int(i)?;
                    vm.subscr(a, k).map(Some)
                }
            }
        }
    }
}

/// `reversed(seq)`: `__reversed__`, or indexing from `len(seq) - 1` down
/// (the iterator keeps the sequence in `a` and the next index + 1 in `b`).
fn reversed<R: Repr>(vm: &mut Vm<R>, seq: R) -> PyResult<R> {
    let none = R::none();
    let user = vm.is_user_instance(seq);
    if user {
        if let Some(r) = vm.call_special(seq, crate::qstr::names::__reversed__, &[])? {
            return Ok(r);
        }
    }
    let seq = match vm.builtin_type_of(seq) {
        TypeId::Dict | TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems if !user => {
            vm.sequence_to_tuple(seq)?
        }
        TypeId::Set | TypeId::FrozenSet if !user => return Err(not_reversible(vm, seq)),
        _ => seq,
    };
    let sequence = user
        && vm
            .lookup_type_attr(vm.type_ref_of(seq), crate::qstr::names::__getitem__)?
            .is_some();
    if user && !sequence {
        return Err(not_reversible(vm, seq));
    }
    let n = match super::len_of(vm, seq) {
        Ok(n) => n,
        Err(e) if vm.pending_is(TypeId::TypeError) => {
            let _ = e;
            vm.take_exception();
            return Err(not_reversible(vm, seq));
        }
        Err(e) => return Err(e),
    };
    let n = vm.new_int(n as i64)?;
    vm.new_iter_obj(TypeId::Reversed, seq, n, none)
}

fn not_reversible<R: Repr>(vm: &mut Vm<R>, v: R) -> crate::runtime::Raised {
    let t = vm.type_name(v);
    crate::raise!(vm, TypeError, "'{}' object is not reversible", t)
}

/// One step of every iterator in the list `iters` (zip, map): their values
/// are pushed on the traced temporaries (they are fresh objects, and the
/// next step allocates). `false`, with nothing pushed, once one is exhausted.
fn next_of_each<R: Repr>(vm: &mut Vm<R>, iters: R) -> PyResult<bool> {
    let base = vm.roots.temps.len();
    for i in 0..vm.list_len(iters) {
        let sub = vm.list_items(iters)[i];
        let step = vm.iter_next(sub).and_then(|v| match v {
            Some(v) => vm.temps_push(v).map(|()| true),
            None => Ok(false),
        });
        if step != Ok(true) {
            vm.roots.temps.truncate(base);
            return step;
        }
    }
    Ok(true)
}
