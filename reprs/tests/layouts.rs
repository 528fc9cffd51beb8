//! The exact words drawn in the layout rulers of `a.rs`, `c.rs` and `d.rs`:
//! other crates (the collector's scan, generated ROM tables, `.mpy` tooling)
//! may rely on them, so a change must show up here first.

use mupy_reprs::{Immediate, ObjRef, Repr, A, C, D};

#[test]
fn a_words() {
    assert_eq!(A::small_int(0).unwrap().word(), 1);
    assert_eq!(A::small_int(-1).unwrap().word(), 0xFFFF_FFFF);
    assert_eq!(A::small_int(A::SMALL_INT_MAX).unwrap().word(), 0x7FFF_FFFF);
    assert_eq!(A::small_int(A::SMALL_INT_MIN).unwrap().word(), 0x8000_0001);
    assert_eq!(A::qstr(5).word(), 5 << 2 | 0b10);
    assert_eq!(A::none().word(), 8);
    assert_eq!(A::immediate(Immediate::Sentinel).word(), 56);
    assert_eq!(A::ptr(ObjRef(0x2000_0010)).word(), 0x2000_0010);
    assert_eq!(A::QSTR_LIMIT, 1 << 30);
    const { assert!(!A::FLOAT_IMMEDIATE) };
    assert_eq!(A::float(1.0), None);
}

#[test]
fn a_reserves_the_low_pointer_words() {
    for w in (0..ObjRef::RESERVED_BELOW).step_by(4) {
        assert!(!A::from_word(w).is_ptr(), "{w}");
    }
    assert!(A::from_word(ObjRef::RESERVED_BELOW).is_ptr());
    for w in [0, 4, 12, 60] {
        assert_eq!(A::from_word(w).as_immediate(), None, "{w}");
    }
}

#[test]
fn c_words() {
    assert_eq!(C::small_int(-1).unwrap().word(), 0xFFFF_FFFF);
    assert_eq!(C::qstr(0).word(), 0b110);
    assert_eq!(C::qstr((1 << 20) - 1).word(), 0x007F_FFFE);
    assert_eq!(C::none().word(), 0x8000_0006);
    assert_eq!(C::immediate(Immediate::Sentinel).word(), 0x8000_0036);
    assert_eq!(C::float(f64::INFINITY).unwrap().word(), 0x0000_0002);
    assert_eq!(C::float(f64::NEG_INFINITY).unwrap().word(), 0x8000_0002);
    assert_eq!(C::float(f64::NAN).unwrap().word(), 0x0040_0002);
    // 1.0 is binary32 0x3F80_0000; its exponent 0x7F flips to 0x80.
    assert_eq!(C::float(1.0).unwrap().word(), 0x4000_0002);
    assert_eq!(C::float(0.0).unwrap().word(), 0x7F80_0002);
    assert_eq!(C::float(-0.0).unwrap().word(), 0xFF80_0002);
    assert_eq!(C::ptr(ObjRef(0x2000_0010)).word(), 0x2000_0010);
    assert_eq!(C::QSTR_LIMIT, 1 << 20);
}

#[test]
fn d_words() {
    assert_eq!(D::small_int(0).unwrap().word(), 0);
    assert_eq!(D::small_int(-1).unwrap().word(), 0x0000_FFFF_FFFF_FFFF);
    assert_eq!(
        D::small_int(D::SMALL_INT_MIN).unwrap().word(),
        0x0000_8000_0000_0000
    );
    assert_eq!(D::ptr(ObjRef(0x2000_0010)).word(), 0x0001_0001_2000_0010);
    assert_eq!(D::qstr(7).word(), 0x0002_0001_0000_0007);
    assert_eq!(D::none().word(), 0x0003_0001_0000_0000);
    assert_eq!(D::float(0.0).unwrap().word(), 0x000F_0000_0000_0000);
    assert_eq!(D::float(f64::NAN).unwrap().word(), 0x8007_0000_0000_0000);
    assert_eq!(
        D::float(f64::NEG_INFINITY).unwrap().word(),
        0xFFFF_0000_0000_0000
    );
    assert_eq!(D::QSTR_LIMIT, u32::MAX);
}

#[test]
fn d_pointer_halves_as_the_collector_sees_them() {
    let r = 0x0001_0040;
    let w = D::ptr(ObjRef(r)).word();
    let (low, high) = (w as u32, (w >> 32) as u32);
    assert_eq!(low, r);
    // Odd, so never taken for a (4-aligned) reference.
    assert_eq!(high & 1, 1);
    for v in [D::qstr(0), D::none()] {
        assert_eq!((v.word() >> 32) as u32 & 1, 1);
    }
}
