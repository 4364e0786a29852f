/** The portal's frame: layout and navigation, language choice, view access control. */
package id.kinerja.platform.shell.ui;
