//! The `random` module with MicroPython's API (`getrandbits`, `seed`,
//! `randrange`, `randint`, `choice`, `random`, `uniform`).
//!
//! The generator is xoroshiro64** (Blackman and Vigna): 64 bits of state,
//! 32-bit output, no multiply wider than 32 bits, so it is as cheap on the
//! Cortex-M4 as MicroPython's yasmarang and of better quality. Its state is
//! process-wide (two atomics, 8 bytes of RAM, like MicroPython's globals)
//! and starts from a fixed seed, so a program is repeatable unless it calls
//! `seed()` with no argument, which seeds from the port's clock. Sequences
//! differ from CPython's Mersenne Twister: tests check ranges and
//! repeatability, not values.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::{PyResult, Vm};
use core::sync::atomic::{AtomicU32, Ordering};
use mupy_reprs::Repr;

natives! { area::RANDOM;
    GETRANDBITS getrandbits(1, 1) => getrandbits;
    SEED seed(0, 1) => seed;
    RANDRANGE randrange(1, 3) => randrange;
    RANDINT randint(2, 2) => randint;
    CHOICE choice(1, 1) => choice;
    RANDOM random(0, 0) => random;
    UNIFORM uniform(2, 2) => uniform;
}

pub static MODULE: Module = Module {
    name: names::random,
    attrs: &[
        (names::getrandbits, rv(Idx::GETRANDBITS)),
        (names::seed, rv(Idx::SEED)),
        (names::randrange, rv(Idx::RANDRANGE)),
        (names::randint, rv(Idx::RANDINT)),
        (names::choice, rv(Idx::CHOICE)),
        (names::random, rv(Idx::RANDOM)),
        (names::uniform, rv(Idx::UNIFORM)),
    ],
};

/// The generator state; never both zero.
static S0: AtomicU32 = AtomicU32::new(0x9E37_79B9);
static S1: AtomicU32 = AtomicU32::new(0x7F4A_7C15);

/// The next 32 random bits (xoroshiro64**).
fn next_u32() -> u32 {
    let s0 = S0.load(Ordering::Relaxed);
    let mut s1 = S1.load(Ordering::Relaxed);
    let out = s0.wrapping_mul(0x9E37_79BB).rotate_left(5).wrapping_mul(5);
    s1 ^= s0;
    S0.store(s0.rotate_left(26) ^ s1 ^ (s1 << 9), Ordering::Relaxed);
    S1.store(s1.rotate_left(13), Ordering::Relaxed);
    out
}

fn next_u64() -> u64 {
    (next_u32() as u64) << 32 | next_u32() as u64
}

/// Seeds the state from 64 bits, mixed by splitmix64 so that nearby seeds
/// give unrelated sequences.
fn set_seed(x: u64) {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let (a, b) = (z as u32, (z >> 32) as u32);
    S0.store(if a == 0 && b == 0 { 1 } else { a }, Ordering::Relaxed);
    S1.store(b, Ordering::Relaxed);
}

/// A uniform value in `0..n` (`n > 0`), by rejection of a masked draw
/// (as many 32-bit outputs as the mask needs).
fn below(n: u128) -> u128 {
    if n == 1 {
        return 0;
    }
    let mask = u128::MAX >> (n - 1).leading_zeros();
    loop {
        let r = if mask <= u32::MAX as u128 {
            next_u32() as u128
        } else if mask <= u64::MAX as u128 {
            next_u64() as u128
        } else {
            (next_u64() as u128) << 64 | next_u64() as u128
        } & mask;
        if r < n {
            return r;
        }
    }
}

fn getrandbits<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let n = vm.index_of(a[0])?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if n > 1 << 20 {
        return Err(vm.raise_memory_error());
    }
    let n = n as usize;
    let mut digits = alloc::vec![0u32; n.div_ceil(32)];
    for d in digits.iter_mut() {
        *d = next_u32();
    }
    if !n.is_multiple_of(32) {
        if let Some(top) = digits.last_mut() {
            *top &= (1u32 << (n % 32)) - 1;
        }
    }
    vm.new_bigint(false, &digits)
}

fn seed<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = match a.first() {
        None => vm.port.time().to_bits() ^ vm.port.ticks_us(),
        Some(&v) if v.is_none() => vm.port.time().to_bits() ^ vm.port.ticks_us(),
        Some(&v) => match vm.int_i128(v) {
            Some(i) => i as u64,
            None => vm.hash(v)? as u64,
        },
    };
    set_seed(x);
    Ok(R::none())
}

/// An int argument; ranges are computed in i128, so arguments are
/// bounded to 64 bits (plus sign).
fn int_arg<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<i128> {
    if vm.float_of(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    if !vm.is_int(v) {
        return Ok(vm.index_of(v)? as i128);
    }
    match vm.int_i128(v) {
        Some(i) if i.unsigned_abs() <= u64::MAX as u128 => Ok(i),
        _ => Err(crate::raise!(
            vm,
            OverflowError,
            "Python int too large to convert to C ssize_t"
        )),
    }
}

fn randrange<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let start = int_arg(vm, a[0])?;
    let (start, stop) = match a.get(1) {
        Some(&s) => (start, int_arg(vm, s)?),
        None => (0, start),
    };
    let step = match a.get(2) {
        Some(&s) => int_arg(vm, s)?,
        None => 1,
    };
    if step == 0 {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let width = stop - start;
    let n = if step > 0 {
        (width + step - 1) / step
    } else {
        (width + step + 1) / step
    };
    if n <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = below(n as u128) as i128;
    vm.new_int_i128(start + step * k)
}

fn randint<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let lo = int_arg(vm, a[0])?;
    let hi = int_arg(vm, a[1])?;
    if lo > hi {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = below((hi - lo + 1) as u128) as i128;
    vm.new_int_i128(lo + k)
}

fn choice<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let n = crate::builtins::len_of(vm, a[0])?;
    if n == 0 {
        return Err(crate::raise!(
            vm,
            IndexError,
            "Cannot choose from an empty sequence"
        ));
    }
    let i = vm.new_int(below(n as u128) as i64)?;
    vm.subscr(a[0], i)
}

/// A float in `[0, 1)` with 53 random bits.
fn unit() -> f64 {
    (next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

fn random<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    vm.new_float(unit())
}

fn uniform<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let mut x = [0.0; 2];
    for (k, &v) in a.iter().enumerate() {
        x[k] = match vm.number_to_f64(v)? {
            Some(f) => f,
            None => {
                let t = vm.type_name(v);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "must be real number, not {}",
                    t
                ));
            }
        };
    }
    vm.new_float(x[0] + (x[1] - x[0]) * unit())
}
