//! The `hashlib` module: `sha256`, `sha1` and `md5` objects with
//! `update`, `digest`, `hexdigest` and `copy` (MicroPython's
//! `extmod/modhashlib.c` has the first two; `digest()` here does not end
//! the object, as in CPython, since the state is copied to finish it).
//!
//! ```text
//!   | type ref u32 | buffered u32 | length 2 × u32 | state 8 × u32 | block 64 bytes |
//! ```
//! 112 bytes (7 blocks) in every representation, no-scan; the length is
//! two words, not a u64, so no padding creeps in for 8-byte alignment. All three are
//! Merkle–Damgård hashes over 64-byte blocks with the same padding (a 1
//! bit, zeros, the bit length in 8 bytes), differing in the compression
//! function and the byte order of words: one buffer routine serves all.

use super::Module;
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::HASHLIB;
    UPDATE update(2, 2) => update;
    DIGEST digest(1, 1) => digest;
    HEXDIGEST hexdigest(1, 1) => hexdigest;
    COPY copy(1, 1) => copy;
}

pub static MODULE: Module = Module {
    name: names::hashlib,
    attrs: &[
        (names::sha256, RomValue::Obj(TypeId::Sha256.rom_ref())),
        (names::sha1, RomValue::Obj(TypeId::Sha1.rom_ref())),
        (names::md5, RomValue::Obj(TypeId::Md5.rom_ref())),
    ],
};

macro_rules! hash_attrs {
    ($name:ident, $size:expr) => {
        &[
            (names::update, rv(Idx::UPDATE)),
            (names::digest, rv(Idx::DIGEST)),
            (names::hexdigest, rv(Idx::HEXDIGEST)),
            (names::copy, rv(Idx::COPY)),
            (names::name, RomValue::Str(names::$name)),
            (names::digest_size, RomValue::Int($size)),
            (names::block_size, RomValue::Int(64)),
        ]
    };
}

pub static SHA256_ATTRS: &[(Qstr, RomValue)] = hash_attrs!(sha256, 32);
pub static SHA1_ATTRS: &[(Qstr, RomValue)] = hash_attrs!(sha1, 20);
pub static MD5_ATTRS: &[(Qstr, RomValue)] = hash_attrs!(md5, 16);

#[repr(C)]
pub struct HashObj {
    pub header: Header,
    pub st: HashState,
}

#[derive(Clone)]
#[repr(C)]
pub struct HashState {
    /// Bytes waiting in `block`.
    pub buffered: u32,
    /// Bytes hashed so far.
    pub length: [u32; 2],
    pub state: [u32; 8],
    pub block: [u8; 64],
}

/// One algorithm: initial state, digest length, word order, compression.
struct Algo {
    init: &'static [u32],
    size: usize,
    big_endian: bool,
    compress: fn(&mut [u32; 8], &[u8; 64]),
}

static SHA256: Algo = Algo {
    init: &[
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ],
    size: 32,
    big_endian: true,
    compress: sha256_compress,
};

static SHA1: Algo = Algo {
    init: &[0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0],
    size: 20,
    big_endian: true,
    compress: sha1_compress,
};

static MD5: Algo = Algo {
    init: &[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
    size: 16,
    big_endian: false,
    compress: md5_compress,
};

fn algo(ty: TypeId) -> &'static Algo {
    match ty {
        TypeId::Sha1 => &SHA1,
        TypeId::Md5 => &MD5,
        _ => &SHA256,
    }
}

/// Round constants of SHA-256 (fractional parts of the cube roots of the
/// first 64 primes).
static K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256_compress(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 64];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
        let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7]
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[i])
            .wrapping_add(w[i]);
        let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v.copy_within(0..7, 1);
        v[4] = v[4].wrapping_add(t1);
        v[0] = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}

fn sha1_compress(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for (i, c) in block.chunks_exact(4).enumerate() {
        w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, &wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5A827999),
            1 => (b ^ c ^ d, 0x6ED9EBA1),
            2 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
            _ => (b ^ c ^ d, 0xCA62C1D6),
        };
        let t = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

/// MD5's per-round shift amounts (four per round, repeated).
static MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/// MD5's additive constants, K[i] = floor(2^32 · |sin(i + 1)|).
static MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

fn md5_compress(h: &mut [u32; 8], block: &[u8; 64]) {
    let mut m = [0u32; 16];
    for (i, c) in block.chunks_exact(4).enumerate() {
        m[i] = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let k = MD5_K[i];
        let t = d;
        d = c;
        c = b;
        let s = MD5_S[(i / 16) * 4 + i % 4];
        b = b.wrapping_add(
            a.wrapping_add(f)
                .wrapping_add(k)
                .wrapping_add(m[g])
                .rotate_left(s),
        );
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(y);
    }
}

/// Feeds `data` into the hash state.
fn absorb(al: &Algo, o: &mut HashState, mut data: &[u8]) {
    let n = (o.length[1] as u64) << 32 | o.length[0] as u64;
    let n = n.wrapping_add(data.len() as u64);
    o.length = [n as u32, (n >> 32) as u32];
    while !data.is_empty() {
        let at = o.buffered as usize;
        let n = (64 - at).min(data.len());
        o.block[at..at + n].copy_from_slice(&data[..n]);
        data = &data[n..];
        if at + n == 64 {
            (al.compress)(&mut o.state, &o.block);
            o.buffered = 0;
        } else {
            o.buffered = (at + n) as u32;
        }
    }
}

/// The digest of a copy of the state.
fn finish(al: &Algo, mut o: HashState) -> Vec<u8> {
    let bits = ((o.length[1] as u64) << 32 | o.length[0] as u64).wrapping_mul(8);
    let len_bytes = if al.big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    };
    absorb(al, &mut o, &[0x80]);
    while o.buffered != 56 {
        absorb(al, &mut o, &[0]);
    }
    absorb(al, &mut o, &len_bytes);
    let mut out = Vec::with_capacity(al.size);
    for w in &o.state[..al.size / 4] {
        if al.big_endian {
            out.extend_from_slice(&w.to_be_bytes());
        } else {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

fn data_of<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Vec<u8>> {
    if let Some(d) = vm.bytes_data(v) {
        return Ok(Vec::from(d));
    }
    if vm.is_exact(v, TypeId::Array) {
        return Ok(Vec::from(vm.array_bytes(v)));
    }
    if vm.str_text(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "object supporting the buffer API required, not '{}'",
        t
    ))
}

/// `sha256(data=b'')` and its siblings.
pub fn hash_new<R: Repr>(vm: &mut Vm<R>, ty: TypeId, args: &[R]) -> PyResult<R> {
    if args.len() > 1 {
        return Err(vm.type_error("function takes at most 1 argument"));
    }
    let data = match args.first() {
        Some(&v) => data_of(vm, v)?,
        None => Vec::new(),
    };
    let r = vm.alloc_obj(ty.rom_ref(), core::mem::size_of::<HashObj>(), ALLOC_NO_SCAN)?;
    let al = algo(ty);
    // SAFETY: `r` is a fresh, zeroed hash object.
    let o = &mut unsafe { vm.obj_mut::<HashObj>(r) }.st;
    o.state[..al.init.len()].copy_from_slice(al.init);
    absorb(al, o, &data);
    Ok(R::ptr(r))
}

fn self_hash<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<TypeId> {
    let t = vm.builtin_type_of(v);
    if v.is_ptr() && matches!(t, TypeId::Sha256 | TypeId::Sha1 | TypeId::Md5) {
        return Ok(t);
    }
    Err(vm.type_error("a hash object is required"))
}

fn update<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let al = algo(self_hash(vm, a[0])?);
    let data = data_of(vm, a[1])?;
    // SAFETY: `a[0]` is a hash object.
    absorb(
        al,
        &mut unsafe { vm.obj_mut::<HashObj>(a[0].ptr_ref()) }.st,
        &data,
    );
    Ok(R::none())
}

fn digest_bytes<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Vec<u8>> {
    let al = algo(self_hash(vm, v)?);
    // SAFETY: `v` is a hash object.
    let o = unsafe { vm.obj::<HashObj>(v.ptr_ref()) }.st.clone();
    Ok(finish(al, o))
}

fn digest<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = digest_bytes(vm, a[0])?;
    vm.new_bytes(&d)
}

fn hexdigest<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let d = digest_bytes(vm, a[0])?;
    let mut s = alloc::string::String::with_capacity(d.len() * 2);
    for b in d {
        let _ = core::fmt::Write::write_fmt(&mut s, format_args!("{:02x}", b));
    }
    vm.new_str(&s)
}

fn copy<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let ty = self_hash(vm, a[0])?;
    let r = vm.alloc_obj(ty.rom_ref(), core::mem::size_of::<HashObj>(), ALLOC_NO_SCAN)?;
    // SAFETY: `a[0]` and `r` are hash objects; the source is copied first.
    let src = unsafe { vm.obj::<HashObj>(a[0].ptr_ref()) }.st.clone();
    unsafe { vm.obj_mut::<HashObj>(r) }.st = src;
    Ok(R::ptr(r))
}

// The layout drawn above: seven 16-byte blocks.
static_assertions::const_assert_eq!(core::mem::size_of::<HashObj>(), 112);
