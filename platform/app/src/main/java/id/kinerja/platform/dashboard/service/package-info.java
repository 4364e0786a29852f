/** The dashboards' figures, computed in the current region. */
package id.kinerja.platform.dashboard.service;
