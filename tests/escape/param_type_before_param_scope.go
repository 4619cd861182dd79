// A parameter named like a package does not hide the package from the
// signature: parameter types are resolved where the signature stands
// (internal/trace has addMU(time int64, mu float64, window time.Duration)).
package p

import "time"

func F(time int64, window time.Duration) bool { return time > int64(window) }
