//! A `core::fmt::Write` into a byte slice, so float formatting can use
//! core's exact `{:e}`/`{:.*}` conversions without allocating. Writing past
//! the end fails (`fmt::Error`) instead of panicking.

use core::fmt;

pub(crate) struct SliceWriter<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl<'a> SliceWriter<'a> {
    pub(crate) fn new(buf: &'a mut [u8]) -> Self {
        SliceWriter { buf, len: 0 }
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

impl fmt::Write for SliceWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Formats `args` into `buf`; returns the bytes written, or `None` if they
/// do not fit.
pub(crate) fn write_to(buf: &mut [u8], args: fmt::Arguments) -> Option<usize> {
    let mut w = SliceWriter::new(buf);
    fmt::write(&mut w, args).ok()?;
    Some(w.len())
}
