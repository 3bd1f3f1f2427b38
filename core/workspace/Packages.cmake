# Project clone and reproduction packages in and out (added to dlrepro_core).
