//! Iteration: `iter()` and `next()` for every iterable, and the four stack
//! slots a `for` loop keeps its iterator in.
//!
//! ```text
//!   for-loop slots (GET_ITER_STACK, FOR_ITER), MicroPython's 4-slot iter buffer:
//!   | null      | iterator |          |          |   any iterator object
//!   | 1 (small) | next     | stop     | step     |   range: nothing allocated
//!   | 2 (small) | sequence | index    |          |   list, tuple: nothing allocated
//! ```

use crate::qstr::names;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

const KIND_RANGE: i64 = 1;
const KIND_SEQ: i64 = 2;

/// The four stack slots of a for loop.
#[derive(Copy, Clone)]
pub struct IterSlots<R>(*mut R);

impl<R: Repr> IterSlots<R> {
    /// The slots starting at `p` (the lowest of the four).
    pub fn at(p: *mut R) -> Self {
        IterSlots(p)
    }
    fn get(self, i: usize) -> R {
        // SAFETY: the compiler reserves four operand slots for a loop iterator.
        unsafe { *self.0.add(i) }
    }
    fn set(self, i: usize, v: R) {
        // SAFETY: as `get`.
        unsafe { *self.0.add(i) = v }
    }
}

impl<R: Repr> Vm<R> {
    /// The slot contents for iterating `obj` in a for loop.
    pub fn get_iter_slots(&mut self, obj: R) -> PyResult<[R; 4]> {
        let small = |i: i64| R::small_int(i).unwrap_or(R::none());
        if self.is_exact(obj, TypeId::Range) {
            let (a, b, c) = self.range_parts(obj);
            if let (Some(a), Some(b), Some(c)) = (R::small_int(a), R::small_int(b), R::small_int(c))
            {
                return Ok([small(KIND_RANGE), a, b, c]);
            }
        }
        if self.is_exact(obj, TypeId::List) || self.is_exact(obj, TypeId::Tuple) {
            return Ok([small(KIND_SEQ), obj, small(0), R::none()]);
        }
        let it = self.get_iter(obj)?;
        Ok([R::null(), it, R::none(), R::none()])
    }

    /// FOR_ITER: the next item, or `None` when exhausted.
    #[inline]
    pub fn iter_slots_next(&mut self, s: IterSlots<R>) -> PyResult<Option<R>> {
        let kind = s.get(0);
        if kind.is_null() {
            return self.iter_next(s.get(1));
        }
        if kind.small_int_value() == KIND_RANGE {
            let (cur, stop, step) = (
                s.get(1).small_int_value(),
                s.get(2).small_int_value(),
                s.get(3).small_int_value(),
            );
            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                // The next value may leave the small-int range only past `stop`.
                let value = s.get(1);
                s.set(1, R::small_int(cur + step).unwrap_or(s.get(2)));
                return Ok(Some(value));
            }
            return Ok(None);
        }
        let seq = s.get(1);
        let i = s.get(2).small_int_value() as usize;
        if i < self.seq_len(seq) {
            s.set(2, R::small_int(i as i64 + 1).unwrap_or(R::none()));
            return Ok(Some(self.seq_item(seq, i)));
        }
        Ok(None)
    }

    /// `iter(obj)`.
    pub fn get_iter(&mut self, obj: R) -> PyResult<R> {
        let zero = R::small_int(0).unwrap_or(R::none());
        if self.is_user_instance(obj) {
            if let Some(it) = self.call_special(obj, names::__iter__, &[])? {
                return Ok(it);
            }
            // `await x` compiles to GET_ITER: an awaitable gives its iterator.
            if let Some(it) = self.call_special(obj, names::__await__, &[])? {
                return Ok(it);
            }
            // Subclasses of builtin types iterate as their base (below),
            // whatever `__getitem__` they have.
            if !self.has_native_base(obj)
                && self
                    .lookup_type_attr(self.type_ref_of(obj), names::__getitem__)?
                    .is_some()
            {
                return self.new_iter_obj(TypeId::CallIterator, obj, zero, R::none());
            }
        }
        // Builtin types, and user subclasses of them without `__iter__`.
        if !self.is_user_instance(obj) || self.builtin_type_of(obj) != TypeId::Object {
            let kind = if obj.is_qstr() {
                TypeId::Str
            } else {
                self.builtin_type_of(obj)
            };
            let it = match kind {
                TypeId::List => TypeId::ListIterator,
                TypeId::Tuple => TypeId::TupleIterator,
                TypeId::Str => TypeId::StrIterator,
                #[cfg(feature = "mod-array")]
                TypeId::MemoryView if self.memoryview_code(obj) != 0 => {
                    return crate::builtins::array_ops::view_iter(self, obj);
                }
                TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView => TypeId::BytesIterator,
                TypeId::Dict | TypeId::DictKeys => TypeId::DictKeyIterator,
                TypeId::DictValues => TypeId::DictValueIterator,
                TypeId::DictItems => TypeId::DictItemIterator,
                TypeId::Set | TypeId::FrozenSet => TypeId::SetIterator,
                TypeId::Range => {
                    let (a, b, c) = self.range_parts(obj);
                    let (a, b, c) = (self.new_int(a)?, self.new_int(b)?, self.new_int(c)?);
                    return self.new_iter_obj(TypeId::RangeIterator, a, b, c);
                }
                TypeId::Generator
                | TypeId::Coroutine
                | TypeId::ListIterator
                | TypeId::TupleIterator
                | TypeId::StrIterator
                | TypeId::BytesIterator
                | TypeId::DictKeyIterator
                | TypeId::DictValueIterator
                | TypeId::DictItemIterator
                | TypeId::SetIterator
                | TypeId::RangeIterator
                | TypeId::Enumerate
                | TypeId::Zip
                | TypeId::Map
                | TypeId::Filter
                | TypeId::Reversed
                | TypeId::CallIterator => return Ok(obj),
                TypeId::StringIO | TypeId::BytesIO | TypeId::TextFile | TypeId::BinaryFile => {
                    return Ok(obj)
                }
                _ => {
                    if let Some(r) = crate::builtins::ext::get_iter(self, obj) {
                        return r;
                    }
                    let t = self.type_name(obj);
                    return Err(crate::raise!(
                        self,
                        TypeError,
                        "'{}' object is not iterable",
                        t
                    ));
                }
            };
            // Dict and set iterators keep the size they started at, so a
            // change during iteration is caught (CPython's RuntimeError).
            let size = match it {
                TypeId::DictKeyIterator
                | TypeId::DictValueIterator
                | TypeId::DictItemIterator
                | TypeId::SetIterator => {
                    let d = self.view_target(obj);
                    R::small_int(self.dict_len(d) as i64).unwrap_or(R::none())
                }
                _ => R::none(),
            };
            return self.new_iter_obj(it, obj, zero, size);
        }
        let t = self.type_name(obj);
        Err(crate::raise!(
            self,
            TypeError,
            "'{}' object is not iterable",
            t
        ))
    }

    /// `next(it)`: `None` when exhausted (a StopIteration is consumed).
    pub fn iter_next(&mut self, it: R) -> PyResult<Option<R>> {
        if self.is_user_instance(it) {
            return match self.call_special(it, names::__next__, &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let t = self.type_name(it);
                    Err(crate::raise!(
                        self,
                        TypeError,
                        "'{}' object is not an iterator",
                        t
                    ))
                }
                Err(e) => {
                    if self.pending_is(TypeId::StopIteration) {
                        self.take_exception();
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            };
        }
        let kind = self.builtin_type_of(it);
        match kind {
            TypeId::Generator | TypeId::Coroutine => match self.resume(it, R::none(), None)? {
                crate::objects::generator::Resumed::Yield(v) => Ok(Some(v)),
                crate::objects::generator::Resumed::Return(_) => Ok(None),
            },
            TypeId::ListIterator | TypeId::TupleIterator => {
                let (seq, i) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b.small_int_value() as usize)
                };
                if i < self.seq_len(seq) {
                    self.iter_obj(it).b = R::small_int(i as i64 + 1).unwrap_or(R::none());
                    Ok(Some(self.seq_item(seq, i)))
                } else {
                    Ok(None)
                }
            }
            TypeId::StrIterator => {
                let (s, i) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b.small_int_value() as usize)
                };
                let text = self.str_text(s).unwrap_or("");
                match text.get(i..).and_then(|t| t.chars().next()) {
                    Some(c) => {
                        self.iter_obj(it).b =
                            R::small_int((i + c.len_utf8()) as i64).unwrap_or(R::none());
                        let mut buf = [0u8; 4];
                        Ok(Some(self.new_str(c.encode_utf8(&mut buf))?))
                    }
                    None => Ok(None),
                }
            }
            TypeId::BytesIterator => {
                let (b, i) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b.small_int_value() as usize)
                };
                match self.bytes_data(b).and_then(|d| d.get(i).copied()) {
                    Some(x) => {
                        self.iter_obj(it).b = R::small_int(i as i64 + 1).unwrap_or(R::none());
                        Ok(Some(R::small_int(x as i64).unwrap_or(R::none())))
                    }
                    None => Ok(None),
                }
            }
            TypeId::DictKeyIterator
            | TypeId::DictValueIterator
            | TypeId::DictItemIterator
            | TypeId::SetIterator => {
                let (d, pos) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b.small_int_value() as usize)
                };
                let d = self.view_target(d);
                let size = self.iter_obj(it).c;
                if size.is_small_int() && size.small_int_value() != self.dict_len(d) as i64 {
                    let what = if kind == TypeId::SetIterator {
                        "Set"
                    } else {
                        "dictionary"
                    };
                    return Err(crate::raise!(
                        self,
                        RuntimeError,
                        "{} changed size during iteration",
                        what
                    ));
                }
                let m = self.dict_map(d);
                match self.map_next(m, pos) {
                    Some((np, k, v)) => {
                        self.iter_obj(it).b = R::small_int(np as i64).unwrap_or(R::none());
                        Ok(Some(match kind {
                            TypeId::DictValueIterator => v,
                            TypeId::DictItemIterator => self.new_tuple(&[k, v])?,
                            _ => k,
                        }))
                    }
                    None => Ok(None),
                }
            }
            TypeId::RangeIterator => {
                let (cur, stop, step) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b, o.c)
                };
                let (c, s, st) = (
                    self.int_of(cur).unwrap_or(0),
                    self.int_of(stop).unwrap_or(0),
                    self.int_of(step).unwrap_or(1),
                );
                if (st > 0 && c < s) || (st < 0 && c > s) {
                    let next = self.new_int(c.saturating_add(st))?;
                    self.iter_obj(it).a = next;
                    Ok(Some(cur))
                } else {
                    Ok(None)
                }
            }
            TypeId::CallIterator => {
                let (obj, i, sentinel) = {
                    let o = self.iter_obj(it);
                    (o.a, o.b, o.c)
                };
                if i.is_null() {
                    // `iter(callable, sentinel)`.
                    let v = self.call(obj, &[], &[])?;
                    return Ok(if v == sentinel || self.equal(v, sentinel)? {
                        None
                    } else {
                        Some(v)
                    });
                }
                match self.subscr(obj, i) {
                    Ok(v) => {
                        let n = self.int_of(i).unwrap_or(0) + 1;
                        self.iter_obj(it).b = R::small_int(n).unwrap_or(R::none());
                        Ok(Some(v))
                    }
                    Err(e) => {
                        if self.pending_is(TypeId::IndexError)
                            || self.pending_is(TypeId::StopIteration)
                        {
                            self.take_exception();
                            Ok(None)
                        } else {
                            Err(e)
                        }
                    }
                }
            }
            TypeId::Enumerate | TypeId::Zip | TypeId::Map | TypeId::Filter | TypeId::Reversed => {
                crate::builtins::iters::next(self, kind, it)
            }
            #[cfg(feature = "mod-io")]
            TypeId::StringIO | TypeId::BytesIO | TypeId::TextFile | TypeId::BinaryFile => {
                crate::builtins::io::next_line(self, it)
            }
            _ => {
                if let Some(r) = crate::builtins::ext::iter_next(self, it) {
                    return r;
                }
                let t = self.type_name(it);
                Err(crate::raise!(
                    self,
                    TypeError,
                    "'{}' object is not an iterator",
                    t
                ))
            }
        }
    }

    /// The dict behind a dict view (views hold their dict in `a`).
    fn view_target(&self, d: R) -> R {
        match self.builtin_type_of(d) {
            TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
                // SAFETY: views use the iterator layout with the dict in `a`.
                unsafe { self.obj::<crate::objects::iterator::IterObj<R>>(d.ptr_ref()) }.a
            }
            _ => d,
        }
    }

    /// The items of any iterable as a tuple (tuples are returned as they are).
    pub fn sequence_to_tuple(&mut self, seq: R) -> PyResult<R> {
        if self.is_exact(seq, TypeId::Tuple) {
            return Ok(seq);
        }
        if self.is_exact(seq, TypeId::List) {
            let items = self.list_items(seq);
            // SAFETY: `seq` is kept alive by the caller during the allocation.
            let items: &[R] = unsafe { core::slice::from_raw_parts(items.as_ptr(), items.len()) };
            return self.new_tuple(items);
        }
        let l = self.list_from_iter(seq)?;
        let items = self.list_items(l);
        // SAFETY: `l` is on the native stack (conservatively rooted) meanwhile.
        let items: &[R] = unsafe { core::slice::from_raw_parts(items.as_ptr(), items.len()) };
        self.new_tuple(items)
    }

    /// `list(iterable)`.
    pub fn list_from_iter(&mut self, seq: R) -> PyResult<R> {
        let l = self.new_list(&[])?;
        self.list_extend(l, seq)?;
        Ok(l)
    }

    /// `l.extend(iterable)`.
    pub fn list_extend(&mut self, l: R, seq: R) -> PyResult<()> {
        if self.is_exact(seq, TypeId::List) || self.is_exact(seq, TypeId::Tuple) {
            let n = self.seq_len(seq);
            self.list_reserve(l, n)?;
            for i in 0..n {
                let v = self.seq_item(seq, i);
                self.list_append(l, v)?;
            }
            return Ok(());
        }
        if self.is_exact(seq, TypeId::Range) {
            // Sized: one exact allocation (`list(range(1000))` is 16 + 4000 bytes in A).
            let (a, b, c) = self.range_parts(seq);
            let n = crate::objects::range::range_len(a, b, c);
            self.list_reserve(l, n.min(u32::MAX as i64) as usize)?;
        }
        let it = self.get_iter(seq)?;
        while let Some(v) = self.iter_next(it)? {
            self.list_append(l, v)?;
        }
        Ok(())
    }
}
