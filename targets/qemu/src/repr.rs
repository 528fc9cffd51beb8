//! The one object representation this image is built for, chosen by cargo
//! feature (`repr-a`, `repr-c`, `repr-d`; the first enabled wins, so the
//! default `repr-a` must be turned off to build another).

cfg_if::cfg_if! {
    if #[cfg(feature = "repr-a")] {
        pub type Word = mupy_reprs::A;
    } else if #[cfg(feature = "repr-c")] {
        pub type Word = mupy_reprs::C;
    } else if #[cfg(feature = "repr-d")] {
        pub type Word = mupy_reprs::D;
    } else {
        compile_error!("mupy-qemu: enable one of the features repr-a, repr-c, repr-d");
    }
}
