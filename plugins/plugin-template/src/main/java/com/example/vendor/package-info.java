/** An example Kinerja plugin: one indicator provider with a declared, validated property. */
package com.example.vendor;
