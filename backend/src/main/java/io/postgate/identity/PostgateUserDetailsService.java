package io.postgate.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password login (form and HTTP Basic) for local users; users of the OpenID Connect provider have no password here. */
@Component
class PostgateUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	PostgateUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findById(username).filter(found -> !found.external())
				.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(user.username())
				.password(user.passwordHash())
				.disabled(!user.enabled())
				.authorities(user.toAccount().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
				.build();
	}
}
