/** Test fixtures shared by the specifications: real servers on free loopback ports. */
package org.pyconfgraph.testing;
