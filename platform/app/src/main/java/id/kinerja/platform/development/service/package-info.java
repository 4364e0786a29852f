/** Recommending development activities through the region's training-rule plugins. */
package id.kinerja.platform.development.service;
