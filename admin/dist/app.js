var Y,vn,Ma,Be,Ht,$t,An,At,kn,Wt,Kt,In,pt=Symbol.for("pv"),Pt={},wt=[],_a=/^m(i|n|o|s|text|space)$/,zt=Array.isArray,Sn=wt.slice,ze=Object.assign;function We(t){t&&t.parentNode&&t.remove()}function kt(t,n,r,i,o){var s={type:t,props:n,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:pt,__v:o||++vn,__i:-1,__u:0};return!o&&Y.vnode&&Y.vnode(s),s}function R(t){return t.children}function It(t,n){this.props=t,this.context=n,this.__g=0}function Ue(t,n){if(n==null)return t.__&&Ue(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Ue(t)}function La(t){var n,r=t.__v,i=r.__e,o=[],s=[],d=t.__P;d&&((n=ze({constructor:pt},r)).__v=r.__v+1,Y.vnode&&Y.vnode(n),Jt(d,n,r,t.__n,d.namespaceURI,32&r.__u?[i]:null,o,i||Ue(r),32&r.__u,s),n.__v=r.__v,n.__.__k[n.__i]=n,Rn(o,n,s),r.__=r.__e=null,n.__e!=i&&$n(n))}function $n(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),$n(t)}function Qt(t){(8&t.__g||(t.__g|=8,Be.push(t),$t++))&&Ht==Y.debounceRendering||((Ht=Y.debounceRendering)||queueMicrotask)(Pn)}function Pn(){try{for(var t,n=1;Be.length;)Be.length>n&&Be.sort(An),t=Be.shift(),n=Be.length,8&t.__g&&La(t)}finally{($t=Be.length)&&(Ht||queueMicrotask)(Pn)}}function wn(t,n,r,i,o,s,d,a,c,u,p){var b,D,m,h,A,$,U=i.__k||wt,O=n.length;for(c=Oa(r,n,U,c,O),b=0;b<O;b++)(m=r.__k[b])!=null&&(D=~m.__i&&U[m.__i]||Pt,m.__i=b,$=Jt(t,m,D,o,s,d,a,c,u,p),h=m.__e,(D.ref!=m.ref||8&D.__u)&&(D.ref&&Gt(D.ref,null,m,D),m.ref&&p.push(m.ref,m.__c||h,m)),A=A||h,4&m.__u?(c=xn(m,c,t,!D.__v),D.__e&&(D.__e=null)):typeof m.type=="function"&&$!==void 0?c=$:h&&(c=h.nextSibling),m.__u&=-21);return r.__e=A,c}function Oa(t,n,r,i,o){var s,d,a,c,u,p,b,D,m,h=r.length,A=h,$=0,U=0,O=t.__k=Array(o);for(s=0;s<o;s++)(d=n[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=O[s]=kt(null,d):zt(d)?d=O[s]=kt(R,{children:d}):d.constructor===pt&&d.__b?d=O[s]=kt(d.type,d.props,d.key,d.ref,d.__v):O[s]=d,c=s+$,d.__=t,d.__b=t.__b+1,a=null,~(u=d.__i=Ba(d,r,c,A))&&(A--,(a=r[u])&&(a.__u|=2)),a&&a.__v?(d.__u|=16,u==c-1?$--:u==c+1?$++:u!=c&&(u>c?$--:$++,U=1)):(~u||(o>h?$--:o<h&&$++),typeof d.type!="function"&&(d.__u|=4))):O[s]=null;if(U){for(p=[],b=[],s=0;s<o;s++)if((d=O[s])&&16&d.__u){for($=0,D=p.length;$<D;)p[m=$+D>>1]<d.__i?$=m+1:D=m;p[$]=d.__i,b[s]=$+1}for($=p.length;s--;)b[s]&&(b[s]==$?$--:O[s].__u|=4)}if(A)for(s=0;s<h;s++)!(a=r[s])||2&a.__u||(a.__e==i&&(i=Ue(a)),Yt(a,a));return i}function xn(t,n,r,i){var o,s,d,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(o=t.__k)for(s=0;s<o.length;s++)o[s]&&(o[s].__=t,n=xn(o[s],n,r,!1));return n}for(n&&!n.parentNode&&(n=Ue(t))&&!n.parentNode&&(n=null),d=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(d!=a&&(!i&&r.moveBefore&&d.parentNode?r.moveBefore(d,n):r.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Ba(t,n,r,i){var o,s=t.key,d=t.type,a=n[r],c=a&&!(2&a.__u);if(a===null&&s==null||c&&s==a.key&&d==a.type)return r;if(i>(c?1:0)){for(o=r-1;o>=0;o--)if((a=n[o])&&!(2&a.__u)&&s==a.key&&d==a.type)return o;for(o=r+1;o<n.length;o++)if((a=n[o])&&!(2&a.__u)&&s==a.key&&d==a.type)return o}return-1}function Cn(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function vt(t,n,r,i,o){var s,d;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof i=="string"&&(t.style.cssText=i=""),i)for(n in i)r&&n in r||Cn(t.style,n);if(r)for(n in r)i&&r[n]==i[n]||Cn(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof i!="function"&&(i=null),(t.__e||(t.__e={}))[n]=r,r&&i||(d=Kt[n]||(Kt[n]=Ua(n)),(t.__a||(t.__a={}))[n]=Wt,s=n!=(n=n.replace(kn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,d,s):t.removeEventListener(n,d,s));else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function Ua(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[At]==null)n[At]=Wt++;else if(n[At]<this.__a[t])return;return r(Y.event?Y.event(n):n)}}}function Jt(t,n,r,i,o,s,d,a,c,u){var p,b,D,m,h,A,$,U,O,L,T,ke,dt,Ke,Q,ut,Oe,Qe,Me=n.type;if(n.constructor!==pt)return null;128&r.__u&&(c=32&r.__u,p=r.__c.__z)&&(n.__u|=c,b=s=[],p.nodeType==8?a=St(p,s):s.push(p),a=s[0]||a),(p=Y.__b)&&p(n);e:if(typeof Me=="function"){D=d.length;try{if(U=n.props,O=(p=Me.prototype)&&p.render,L=(p=Me.contextType)&&i[p.__c],T=p?L?L.props.value:p.__:i,(m=r.__c)?(n.__c=m,2&m.__g&&(m.__g|=1)):(O?n.__c=m=new Me(U,T):(n.__c=m=new It(U,T),m.constructor=Me,m.render=Va),L&&L.sub(m),m.state||(m.state={}),m.__n=i,m.__g|=8,m.__h=[],m.__k=[]),O&&(m.__s||(m.__s=m.state),Me.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=ze({},m.__s)),ze(m.__s,Me.getDerivedStateFromProps(U,m.__s)))),h=m.props,A=m.state,m.__v=n,r.__c){if(U!==h&&O&&!Me.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(U,T),n.__v==r.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(U,m.__s,T)===!1){n.__v!=r.__v&&(m.props=U,m.state=m.__s,m.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(ge){ge&&(ge.__=n)}),wt.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&d.push(m),a=Ue(r);break e}m.componentWillUpdate&&m.componentWillUpdate(U,m.__s,T),O&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(h,A,$)})}else O&&!Me.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),O&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=T,m.props=U,m.__P=t,m.__g&=-5,ke=Y.__r,dt=O?25:0;do m.__g&=-9,ke&&ke(n),p=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++dt<25);O&&(wt.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(i=ze({},i,m.getChildContext())),O&&r.__c&&m.getSnapshotBeforeUpdate&&($=m.getSnapshotBeforeUpdate(h,A)),Ke=p&&p.type===R&&p.key==null?p.props.children:p,U.__P&&(p=a,o=(t=U.__P).namespaceURI,c=s=null,r.props&&r.props.__P!=t&&(r.__k.some(function(ge){ge&&Yt(ge,ge)}),r.__k=null),a=r.__k?Ue(r,0):null),a=wn(t,zt(Ke)?Ke:[Ke],n,r,i,o,s,d,a,c,u),U.__P&&(n.__e=null,a=p),n.__u&=-161,b&&b.some(We),m.__h.length&&d.push(m),1&m.__g&&(m.__g&=-4)}catch(ge){if(d.length=D,n.__v=null,c||s)if(ge&&ge.then){if(n.__u|=128|c,s){for(~(Oe=s.indexOf(a||void 0))||(Oe=s.length);(Qe=s[Oe-1])&&Qe.nodeType==8;)Oe--;for(;Oe<s.length;Oe++)if(Qe=s[Oe])if(s[Oe]=null,Q){if(Qe==ut)break}else{if(Qe.nodeType!=8)break;Qe.data.startsWith("$s")&&(ut=St(Q=Qe))}}if(!Q){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;Q=a}(p=St(Q=n.__c.__z||(n.__c.__z=Q)))?(n.__e=Q,a=p):n.__e=a,a=a&&a.nextSibling}else s&&s.some(We);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),ge&&ge.then||Tn(n),Y.__e(ge,n,r)}}else a=n.__e=ja(r.__e,n,r,i,o,s,d,c,u,t);return(p=Y.diffed)&&p(n),a}function St(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function Tn(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(Tn))}function Rn(t,n,r){for(var i=0;i<r.length;)Gt(r[i++],r[i++],r[i++]);Y.__c&&Y.__c(n,t),t.some(function(o){try{t=o.__h,o.__h=[],t.some(function(s){s.call(o)})}catch(s){Y.__e(s,o.__v)}})}function ja(t,n,r,i,o,s,d,a,c,u){var p,b,D,m,h,A,$,U,O=r.props||Pt,L=n.props,T=n.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s){for(p=0;p<s.length;p++)if((h=s[p])&&(T?h.localName==T:h.nodeType==3)){t=h,s[p]=null;break}}if(!t){if(U=u.ownerDocument||document,!T)return U.createTextNode(L);t=U.createElementNS(o,T,L.is?L:u),a&&(Y.__m&&Y.__m(n,s),a=!1),s=null}if(T){if(u=T=="template"&&t.content||t,s=T=="textarea"&&L.defaultValue!=null?null:s&&Sn.call(u.childNodes),!a&&s)for(O={},p=0;p<t.attributes.length;p++)O[(h=t.attributes[p]).name]=h.value;for(p in O)h=O[p],p=="dangerouslySetInnerHTML"?D=h:p=="children"||p in L||p=="value"&&"defaultValue"in L||p=="checked"&&"defaultChecked"in L||vt(t,p,null,h,o);for(p in L)h=L[p],p=="children"?m=h:p=="dangerouslySetInnerHTML"?b=h:p=="value"?A=h:p=="checked"?$=h:a&&typeof h!="function"||O[p]===h||vt(t,p,h,O[p],o);b?(a||D&&(b.__html==D.__html||b.__html==t.innerHTML)||(t.innerHTML=b.__html),n.__k=[]):(D&&(t.textContent=""),(T=="foreignObject"||o=="http://www.w3.org/1998/Math/MathML"&&_a.test(T))&&(o="http://www.w3.org/1999/xhtml"),wn(u,zt(m)?m:[m],n,r,i,o,s,d,s?s[0]:r.__k&&Ue(r,0),a,c),s&&s.some(We)),a&&T!="textarea"||(p="value",T=="progress"&&A==null?t.removeAttribute(p):A==null||A===t[p]&&(T!="progress"||A)||vt(t,p,A,O[p],o),p="checked",$!=null&&$!=t[p]&&vt(t,p,$,O[p],o))}else O===L||a&&t.data==L||(t.data=L);return t}function Gt(t,n,r,i){try{typeof t=="function"?n?n.__x=t(n)||1:i&&(i=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(o){Y.__e(o,r)}}function Yt(t,n,r){var i,o,s,d;if(Y.unmount&&Y.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||Gt(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(a){Y.__e(a,n)}i.__P=i.__n=null}if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&Yt(i[d],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(o=St(i,s=[]))&&(i==t.__e&&s.some(We),We(o),We(i)),r||We(t.__e),t.__e=t.__c=t.__=null}function Va(t,n,r){return this.constructor(t,r)}function En(t,n){var r,i,o,s;Y.__&&Y.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=kt(R,{children:[t]}),o=[],s=[],Jt(n,n.__k,i||Pt,Pt,n.namespaceURI,i?null:n.firstChild?Sn.call(n.childNodes):null,o,i?i.__e:n.firstChild,r,s),Rn(o,n.__k,s),n.__k.props.children=null}function Nn(t){function n(r){var i,o;return this.getChildContext||(i=new Set,(o={})[n.__c]=this,this.getChildContext=function(){return o},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&i.forEach(function(d){d.__g|=4,Qt(d)})},this.sub=function(s){i.add(s);var d=s.componentWillUnmount;s.componentWillUnmount=function(){i.delete(s),d&&d.call(s)}}),r.children}return n.__c="__cC"+In++,n.__=t,n.Provider=(n.Consumer=function(r,i){return r.children(i)}).contextType=n,n}Y={__e:function(t,n,r,i){for(var o,s,d;n=n.__;)if((o=n.__c)&&!(1&o.__g)){o.__g|=4;try{if((d=(s=o.constructor)&&s.getDerivedStateFromError)&&o.setState(s.getDerivedStateFromError(t)),o.componentDidCatch&&(o.componentDidCatch(t,i||{}),d=1),d&&8&o.__g)return void(o.__g|=2)}catch(a){t=a}}throw $t=0,t}},vn=0,Ma=function(t){return t!=null&&t.constructor===pt},It.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=ze({},this.state)),typeof t=="function"&&(t=t(ze({},r),this.props)),t&&(ze(r,t),this.__v&&(n&&this.__k.push(n),Qt(this)))},It.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Qt(this))},It.prototype.render=R,Be=[],$t=0,An=function(t,n){return t.__v.__b-n.__v.__b},At=Symbol(),kn=/(PointerCapture)$|Capture$/i,Wt=0,Kt={},In=0;var Je,te,Xt,Fn,Zt=Object.is,mt=0,Vn=[],en=[],re=Y,qn=re.__b,Mn=re.__r,_n=re.diffed,Ln=re.__c,On=re.unmount,Bn=re.__;function gt(t,n){re.__h&&re.__h(te,t,mt||n),mt=0;var r=te.__H||(te.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function y(t){return mt=1,Ha(zn,t)}function Ha(t,n,r){var i=gt(Je++,2);if(i.t=t,!i.__c&&(i.__=[r?r(n):zn(void 0,n),function(s){var d=(i.__N||i.__)[0],a=i.t(d,s);Zt(d,a)||(i.__N=[a,i.__[1]],i.__c.setState({}))}],i.__c=te,!te.__f)){te.__f=!0;var o=te.shouldComponentUpdate;te.shouldComponentUpdate=function(s,d,a){var c=this.__H;if(!c)return!0;var u=!1,p=this.props!=s;if(c.__.some(function(D){D.__N&&(u=!0,Zt(D.__[0],D.__N[0])||(p=!0))}),o){var b=o.call(this,s,d,a);return u?b||p:b}return!u||p}}return i.__}function ne(t,n){var r=gt(Je++,3);!re.__s&&Wn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,te.__H.__h.push(r))}function _e(t){return mt=5,Hn(function(){return{current:t}},[])}function Hn(t,n){var r=gt(Je++,7);return Wn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function Kn(t,n){return mt=8,Hn(function(){return t},n)}function Qn(t){var n=te.context[t.__c],r=gt(Je++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(te)),n.props.value):t.__}function pe(){var t=gt(Je++,11);if(!t.__){for(var n=te.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Ka(){var t;do{for(;t=en.shift();)try{ct(t)}catch(r){re.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=Vn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(ct),n.__h.some(tn),n.__h=[]}catch(r){n.__h=[],re.__e(r,t.__v)}}}while(en.length)}re.__b=function(t){te=null,qn&&qn(t)},re.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Bn&&Bn(t,n)},re.__r=function(t){Mn&&Mn(t),Je=0;var n=(te=t.__c).__H;n&&(Xt==te?te.__h=[]:(n.__h.some(ct),n.__h.some(tn),Je=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Xt=te},re.diffed=function(t){_n&&_n(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&jn(Vn.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Xt=te=null},re.__c=function(t,n){n.some(function(r){try{r.__h.some(ct),r.__h=r.__h.filter(function(i){return!i.__||tn(i)})}catch(i){r.__h=[function(){throw i}]}}),Ln&&Ln(t,n)},re.unmount=function(t){On&&On(t);var n,r,i=t.__c;i&&i.__H&&(i.__H.__.some(function(o){try{if(o.__P&&o.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}o.__P=r,jn(en.push(o))}else ct(o)}catch(s){n=s}}),i.__H=void 0,n&&re.__e(n,i.__v))};var Un=typeof requestAnimationFrame=="function";function Qa(t){var n,r=function(){clearTimeout(i),Un&&cancelAnimationFrame(n),setTimeout(t)},i=setTimeout(r,35);Un&&(n=requestAnimationFrame(r))}function jn(t){t!=1&&Fn==re.requestAnimationFrame||((Fn=re.requestAnimationFrame)||Qa)(Ka)}function ct(t){var n=te,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),te=n}function tn(t){var n=te;t.__c=t.__(),te=n}function Wn(t,n){return!t||t.length!=n.length||n.some(function(r,i){return!Zt(r,t[i])})}function zn(t,n){return typeof n=="function"?n(t):n}var Jn="pppdesk.admin.lang",rn=Wa(),nn=new Set;function Wa(){try{return localStorage.getItem(Jn)==="en"?"en":"ja"}catch{return"ja"}}function fe(){return rn}function Gn(t){rn=t;try{localStorage.setItem(Jn,t)}catch{}document.documentElement.lang=t,nn.forEach(n=>n())}function Yn(t){return nn.add(t),()=>nn.delete(t)}function le(t,n){return(r,i)=>{let o=(rn==="en"?n[r]:t[r])??String(r);return i?o.replace(/\{(\w+)\}/g,(s,d)=>d in i?String(i[d]):s):o}}var C=le({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var on="pppdesk.admin.token";function Ge(){try{return sessionStorage.getItem(on)}catch{return null}}function Ye(t){try{t?sessionStorage.setItem(on,t):sessionStorage.removeItem(on)}catch{}an.forEach(n=>n(t!==null))}var an=new Set;function Xn(t){return an.add(t),()=>an.delete(t)}var Zn=new URL("../",location.href),za=new URL("graphql",Zn),Z=class extends Error{constructor(r,i,o){super(i);this.code=r;this.serverMessage=i;this.field=o}code;serverMessage;field;clerkMessage(){let i=[{BAD_USER_INPUT:C("errBadInput"),CONFLICT:C("errConflict"),FORBIDDEN:C("errForbidden"),NOT_FOUND:C("errNotFound"),UNAUTHENTICATED:C("errUnauthenticated"),RATE_LIMITED:C("errRateLimited"),UNAVAILABLE:C("errUnavailable"),INTERNAL:C("errInternal"),NETWORK:C("errNetwork")}[this.code]];return this.field&&i.push(C("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&i.push(C("serverSays",{msg:this.serverMessage})),i.join(" ")}};function er(t){return t instanceof Z?t.clerkMessage():C("errInternal")}var Ja=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ga(t){let n=t.extensions?.code??"INTERNAL";return new Z(Ja.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function tr(t,n){let r=Ge();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let i;try{i=await fetch(za,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new Z("NETWORK","")}let o;try{o=await i.json()}catch{throw new Z(i.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${i.status}`)}if(o.errors&&o.errors.length>0){let s=Ga(o.errors[0]);throw s.code==="UNAUTHENTICATED"&&r&&Ye(null),s}if(!o.data)throw new Z("INTERNAL",`HTTP ${i.status}`);return o.data}function x(t,n,r={}){let i={"Content-Type":"application/json"};return r.municipality&&(i["X-Municipality"]=r.municipality),tr({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},i)}function xt(t,n,r){let i=new FormData;i.append("operations",JSON.stringify({query:t.toString(),variables:n}));let o={};return r.forEach((s,d)=>o[String(d)]=[s.path]),i.append("map",JSON.stringify(o)),r.forEach((s,d)=>i.append(String(d),s.file,s.file.name)),tr({method:"POST",body:i},{"GraphQL-Require-Preflight":"1"})}function sn(t){return new URL(t.replace(/^\/+/,""),Zn)}async function je(t,n){let r=Ge(),i;try{i=await fetch(sn(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new Z("NETWORK","")}if(i.status===401)throw Ye(null),new Z("UNAUTHENTICATED","");if(i.status===403)throw new Z("FORBIDDEN","");if(i.status===404)throw new Z("NOT_FOUND","");if(!i.ok)throw new Z(i.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${i.status}`);let o=URL.createObjectURL(await i.blob()),s=document.createElement("a");s.href=o,s.download=n,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(o),1e4)}var k=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},nr=new k(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),$u=new k(`
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}
    `,{fragmentName:"DeskStatisticsPeriod"}),rr=new k(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),or=new k(`
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `,{fragmentName:"ContentCustomFieldValue"}),ir=new k(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}`,{fragmentName:"ProposalPageFields"}),ar=new k(`
    mutation Logout {
  logout
}
    `),sr=new k(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),lr=new k(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),dr=new k(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),ur=new k(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),pr=new k(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),cr=new k(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),mr=new k(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),gr=new k(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),fr=new k(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),yr=new k(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),hr=new k(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),br=new k(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Dr=new k(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),Cr=new k(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),vr=new k(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),Ar=new k(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),kr=new k(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Ir=new k(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),Sr=new k(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),$r=new k(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),Pr=new k(`
    query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    labelJa
    labelEn
    type
    required
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),wr=new k(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),xr=new k(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),Tr=new k(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),Rr=new k(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Er=new k(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Nr=new k(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Fr=new k(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),qr=new k(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Mr=new k(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),_r=new k(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Lr=new k(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Or=new k(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Br=new k(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),Ur=new k(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),jr=new k(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),Vr=new k(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Hr=new k(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Kr=new k(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Qr=new k(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),Wr=new k(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),zr=new k(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),Jr=new k(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Gr=new k(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Yr=new k(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Xr=new k(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Zr=new k(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),eo=new k(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),to=new k(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),no=new k(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),ro=new k(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),oo=new k(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),io=new k(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),ao=new k(`
    query SettingsCustomFields($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    target
    labelJa
    labelEn
    type
    required
    visibility
    order
    choices {
      value
      labelJa
      labelEn
    }
    disclosureLevel
    disclosureReason
  }
}
    `),so=new k(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `),lo=new k(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `),uo=new k(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `),po=new k(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),co=new k(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),mo=new k(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),go=new k(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),fo=new k(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),yo=new k(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
      answeredAt
      forwardedTo {
        id
        name
      }
      replies {
        id
        subject
        body
        sentBy
        sentAt
      }
    }
  }
}
    `),ho=new k(`
    mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
  replyToInquiry(id: $id, input: $input) {
    id
    answeredAt
  }
}
    `),bo=new k(`
    mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
  forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
    id
    forwardedTo {
      id
    }
  }
}
    `),Do=new k(`
    query DeskInquiryDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Co=new k(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),vo=new k(`
    query RecordLegalHold($id: ID!) {
  node(id: $id) {
    ... on Proposal {
      id
      legalHold {
        reason
        setAt
      }
    }
    ... on Inquiry {
      id
      legalHold {
        reason
        setAt
      }
    }
  }
}
    `),Ao=new k(`
    mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {
  setLegalHold(recordId: $id, hold: $hold, reason: $reason)
}
    `),ko=new k(`
    query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {
  personalDataReads(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        reader
        readerId
        readAt
        recordType
        recordId
        fields
        operation
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Io=new k(`
    query DeskPersonalDataReaders {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),So=new k(`
    query DeskRetentionRules {
  municipality {
    id
    retention {
      recordType
      months
      isDefault
    }
  }
}
    `),$o=new k(`
    mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {
  setRetention(input: $input) {
    recordType
    months
    isDefault
  }
}
    `),Po=new k(`
    query DeskRetentionDryRun {
  retentionDryRun {
    recordId
    rule
    months
    expiredSince
  }
}
    `),wo=new k(`
    query DeskRetentionPurgeLog($first: Int, $after: String) {
  purgeLog(first: $first, after: $after) {
    edges {
      cursor
      node {
        recordId
        recordType
        rule
        months
        expiredAt
        purgedAt
        parts
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),xo=new k(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `),To=new k(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `),Ro=new k(`
    query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
  deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    groupBy
    periods {
      ...DeskStatisticsPeriod
    }
    total {
      ...DeskStatisticsPeriod
      receivedByScheme {
        key
        count
      }
    }
  }
}
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}`),Eo=new k(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),No=new k(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),Fo=new k(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),qo=new k(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),Mo=new k(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),_o=new k(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),Lo=new k(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Oo=new k(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Bo=new k(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Uo=new k(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),jo=new k(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),Vo=new k(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Ho=new k(`
    mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {
  setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Ko=new k(`
    query ProposalCustomFieldsDefined {
  customFieldDefinitions(target: PROPOSAL) {
    id
  }
}
    `),Qo=new k(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Wo=new k(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),zo=new k(`
    query DisclosurePanel($id: ID!) {
  proposal(id: $id) {
    id
    disclosure {
      field
      level
      reason
      isDefault
      protectionRequested {
        reason
        requestedAt
      }
    }
    messages {
      id
      internal
      createdAt
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
    attachments {
      id
      fileName
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
  }
}
    `),Jo=new k(`
    mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
  setDisclosureLevel(
    proposalId: $id
    target: $target
    level: $level
    reason: $reason
  ) {
    id
  }
}
    `),Go=new k(`
    mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
  produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
    url
    filename
  }
}
    `),Yo=new k(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),Xo=new k(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Zo=new k(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ei=new k(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ti=new k(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Xa={"\n  mutation Logout {\n    logout\n  }\n":ar,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":sr,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":lr,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":dr,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ur,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":pr,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":cr,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":mr,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":gr,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":fr,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":yr,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":hr,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":br,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":Dr,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Cr,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":vr,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Ar,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":kr,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":Ir,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Sr,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":$r,"\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":or,"\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Pr,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":wr,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":xr,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":Tr,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Rr,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":Er,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Nr,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":Fr,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":qr,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":Mr,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":_r,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":Lr,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Or,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Br,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":Ur,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":jr,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":Vr,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Hr,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":Kr,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Qr,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":Wr,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":nr,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":zr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":Jr,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Gr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Yr,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Xr,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Zr,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":eo,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":to,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":no,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":ro,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":oo,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":io,"\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n      disclosureLevel\n      disclosureReason\n    }\n  }\n":ao,"\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n":so,"\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n":lo,"\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n":uo,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":po,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":co,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":mo,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":go,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":fo,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n":yo,"\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n":ho,"\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n":bo,"\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Do,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":Co,"\n  query RecordLegalHold($id: ID!) {\n    node(id: $id) {\n      ... on Proposal {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n      ... on Inquiry {\n        id\n        legalHold {\n          reason\n          setAt\n        }\n      }\n    }\n  }\n":vo,"\n  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {\n    setLegalHold(recordId: $id, hold: $hold, reason: $reason)\n  }\n":Ao,"\n  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {\n    personalDataReads(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          reader\n          readerId\n          readAt\n          recordType\n          recordId\n          fields\n          operation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":ko,"\n  query DeskPersonalDataReaders {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Io,"\n  query DeskRetentionRules {\n    municipality {\n      id\n      retention {\n        recordType\n        months\n        isDefault\n      }\n    }\n  }\n":So,"\n  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {\n    setRetention(input: $input) {\n      recordType\n      months\n      isDefault\n    }\n  }\n":$o,"\n  query DeskRetentionDryRun {\n    retentionDryRun {\n      recordId\n      rule\n      months\n      expiredSince\n    }\n  }\n":Po,"\n  query DeskRetentionPurgeLog($first: Int, $after: String) {\n    purgeLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          recordId\n          recordType\n          rule\n          months\n          expiredAt\n          purgedAt\n          parts\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":wo,"\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n":xo,"\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n":To,"\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n":Ro,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":Eo,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":No,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":Fo,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":qo,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":Mo,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":_o,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Lo,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Oo,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Bo,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Uo,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":jo,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Vo,"\n  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {\n    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ho,"\n  query ProposalCustomFieldsDefined {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n    }\n  }\n":Ko,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Qo,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Wo,"\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n":zo,"\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n":Jo,"\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n":Go,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":rr,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Yo,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Xo,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":ir,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":Zo,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ei,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":ti};function v(t){return Xa[t]??{}}function E(t,n,r=!1){let i=JSON.stringify(n),[o,s]=y(void 0),[d,a]=y(void 0),[c,u]=y(!r),p=_e(0),b=Kn(async()=>{if(r)return;let D=++p.current;u(!0);try{let m=await x(t,JSON.parse(i));D===p.current&&(s(m),a(void 0))}catch(m){D===p.current&&a(m instanceof Z?m:new Z("INTERNAL",String(m)))}finally{D===p.current&&u(!1)}},[t,i,r]);return ne(()=>{b()},[b]),{data:o,error:d,loading:c,reload:b}}function M(t){let[n,r]=y(!1),[i,o]=y(void 0);return{run:async(...d)=>{r(!0),o(void 0);try{return await t(...d)}catch(a){o(a instanceof Z?a:new Z("INTERNAL",String(a)));return}finally{r(!1)}},busy:n,error:i,clear:()=>o(void 0)}}function ni(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function ri(){let[t,n]=y(ni);return ne(()=>{let r=()=>n(ni());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function _(t,n){let r=new URLSearchParams;for(let[o,s]of Object.entries(n??{}))s&&r.set(o,s);let i=r.toString();return`#${t}${i?`?${i}`:""}`}function ae(t,n){location.hash=_(t,n)}function Za(t,n){let r=t.split("/").filter(Boolean),i=n.split("/").filter(Boolean);if(r.length!==i.length)return null;let o={};for(let s=0;s<r.length;s++){let d=r[s];if(d.startsWith(":"))o[d.slice(1)]=decodeURIComponent(i[s]);else if(d!==i[s])return null}return o}function oi(t,n){for(let r of t){let i=Za(r.path,n);if(i)return{route:r,params:i}}return null}var f=le({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var ii=v(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function de(t,n){return n?t.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var ln=Nn(null);function ye(){let t=Qn(ln);if(!t)throw new Error("useViewer outside a signed-in app");return t}var es=Symbol.for("pv"),ts=0;function e(t,n,r,i,o,s){n||(n={});var d,a,c=n;if("ref"in c&&typeof t!="function")for(a in c={},n)a=="ref"?d=n[a]:c[a]=n[a];var u={type:t,props:c,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:es,__v:--ts,__i:-1,__u:0};return(o||s)&&(u.__source=o,u.__self=s),Y.vnode&&Y.vnode(u),u}var ns=v(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function ai(){let t=ye(),n=de(t,{resource:"proposal",action:"read"}),r=E(ns,{},!n),i=r.data?.proposals.totalCount??0,o=ft.filter(s=>s.nav&&s.path!=="/"&&de(t,s.permission)).sort((s,d)=>s.nav.order-d.nav.order);return e("section",{children:[e("h1",{children:C("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&r.data&&e("p",{class:i>0?"banner banner-notice":"muted","data-testid":"home-attention",children:i>0?e("a",{href:_("/proposals",{attention:"1"}),children:f("homeAttention",{n:i})}):f("attentionNone")}),e("ul",{class:"tiles",children:o.map(s=>e("li",{children:e("a",{class:"tile",href:_(s.path),children:s.nav.label()})},s.path))})]})}var Tt="Asia/Tokyo",rs=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Tt}),os=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),is=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Tt}),si=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Tt}),as=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Tt});function li(t){return t.replace(/(\D)1年/,"$1元年")}function J(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return fe()==="en"?t:`${li(os.format(r))}（${t}）`}function F(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=is.format(n);return fe()==="en"?`${as.format(n)} ${si.format(n)}`:`${li(rs.format(n))}（${r}）${si.format(n)}`}function j({tone:t="neutral",icon:n,children:r,testid:i}){return e("span",{class:`badge badge-${t}`,"data-testid":i,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function I({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:er(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function B({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function V({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function S({variant:t="secondary",busy:n,disabled:r,children:i,type:o,...s}){return e("button",{...s,type:o??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:i})}function dn({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",C("required"),"）"]})]})}function Rt(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function Et({id:t,help:n,error:r}){return e(R,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function P(t){let n=pe();return e("div",{class:"field",children:[e(dn,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":Rt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(Et,{id:n,help:t.help,error:t.error})]})}function H(t){let n=pe();return e("div",{class:"field",children:[e(dn,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":Rt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(Et,{id:n,help:t.help,error:t.error})]})}function q(t){let n=pe();return e("div",{class:"field",children:[e(dn,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":Rt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(Et,{id:n,help:t.help,error:t.error})]})}function Se(t){let n=pe();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":Rt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(Et,{id:n,help:t.help,error:t.error})]})}function K({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function ee(t){let[n,r]=y([]);ne(()=>r([]),[t.resetKey]);let i=t.page?.edges??[],o=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(s=>e("th",{scope:"col",class:s.class,children:s.header}))})}),e("tbody",{children:[i.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:C("empty")})}),i.map(s=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(s.node)}))},t.rowKey(s.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:i.length>0?C("pageInfo",{from:o,to:o+i.length-1,n:t.page.totalCount}):C("totalCount",{n:t.page.totalCount})}),e(S,{disabled:n.length===0,onClick:()=>{let s=n.slice(0,-1);r(s),t.onAfter(n[n.length-1]??null)},children:["← ",C("prev")]}),e(S,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[C("next")," →"]})]})]})}function ss(t){return f(`status${t}`)}function tt(t){return f(`kind${t}`)}var ls={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Nt({status:t}){return e(j,{tone:ls[t],testid:"proposal-status",children:ss(t)})}var di=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function ui(t){return t<1024?f("bytes",{n:t}):t<1024*1024?f("kb",{n:(t/1024).toFixed(1)}):f("mb",{n:(t/1024/1024).toFixed(1)})}v(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var pi=v(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),ds=v(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Ft=20,us=["status","kind","challenge","department","from","to","q","attention"];function ps(t){let n={};for(let r of us){let i=t.get(r);i&&(n[r]=i)}return n}function cs(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function ms(t){let n=new Map;return t.map(r=>{let i=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,i),{value:r.id,label:`${"　".repeat(i)}${r.name}`}})}function ci({query:t}){let n=ps(t),[r,i]=y(n),o=cs(n),s=JSON.stringify(o),[d,a]=y({key:s,after:null}),c=d.key===s?d.after:null,u=A=>a({key:s,after:A}),p=E(pi,{first:Ft,after:c,filter:o}),b=E(ds,{}),D=A=>$=>i({...r,[A]:$}),m=A=>{u(null),ae("/proposals",A)},h=fs();return e("section",{children:[e("h1",{children:f("inboxTitle")}),!n.attention&&e(gs,{columns:h}),e("h2",{class:"visually-hidden",children:f("inboxCaption")}),e("nav",{"aria-label":f("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:_("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:f("all")})}),di.map(A=>e("li",{children:e("a",{href:_("/proposals",{...n,status:A}),"aria-current":n.status===A?"page":void 0,"data-testid":`status-tab-${A}`,children:f(`status${A}`)})},A))]})}),e("form",{class:"filters",role:"search",onSubmit:A=>{A.preventDefault(),m(r)},children:[e(K,{legend:f("filters"),class:"filters-grid",children:[e(P,{label:f("search"),type:"search",value:r.q??"",onInput:D("q"),testid:"filter-search"}),e(q,{label:f("kind"),value:r.kind??"",onChange:D("kind"),options:[{value:"",label:f("any")},...["FREE","CHALLENGE"].map(A=>({value:A,label:tt(A)}))]}),e(q,{label:f("challenge"),value:r.challenge??"",onChange:D("challenge"),options:[{value:"",label:f("any")},...b.data?.challenges.edges.map(A=>({value:A.node.id,label:A.node.title}))??[]]}),e(q,{label:f("department"),value:r.department??"",onChange:D("department"),options:[{value:"",label:f("any")},...ms(b.data?.municipality.departments??[])],testid:"filter-department"}),e(P,{label:f("submittedFrom"),type:"date",value:r.from??"",onInput:D("from")}),e(P,{label:f("submittedTo"),type:"date",value:r.to??"",onInput:D("to")}),e(Se,{label:f("onlyAttention"),checked:!!r.attention,onChange:A=>i({...r,attention:A?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e(S,{type:"submit",variant:"primary","data-testid":"filter-apply",children:f("apply")}),e(S,{onClick:()=>{i({}),m({})},children:f("reset")})]})]}),e(I,{error:p.error,onRetry:()=>{p.reload()},retryLabel:C("retry")}),p.loading&&!p.data&&e(V,{label:C("loading")}),p.data&&e(ee,{caption:f("inboxCaption"),columns:h,page:p.data.proposals,after:c,onAfter:u,resetKey:s,rowKey:A=>A.id,pageSize:Ft,testid:"inbox-table"})]})}function gs({columns:t}){let[n,r]=y(null),i=E(pi,{first:Ft,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:f("attentionTitle")}),e("p",{class:"help",children:f("attentionHelp")}),e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.data&&(i.data.proposals.totalCount===0?e("p",{class:"muted",children:f("attentionNone")}):e(ee,{caption:f("attentionCaption"),columns:t,page:i.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:o=>o.id,pageSize:Ft,testid:"attention-table"}))]})}function fs(){return[{header:f("colTitle"),cell:t=>e("a",{href:_(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:f("colProposer"),cell:t=>t.organization?.name??""},{header:f("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${tt(t.kind)}：${t.challenge.title}`:tt(t.kind)},{header:f("colStatus"),cell:t=>e(Nt,{status:t.status})},{header:f("colSubmitted"),cell:t=>t.submittedAt?F(t.submittedAt):f("notSubmitted")},{header:f("colFlags"),cell:t=>e(R,{children:[t.overdue&&e(j,{tone:"danger",icon:"!",children:f("overdue")})," ",t.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",children:f("unread",{n:t.unreadMessageCount})})]})},{header:f("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${J(n.dueOn)}）`,n.respondedAt&&e(j,{tone:"success",children:f("answered")})]},n.department.id))})}]}function oe(t){let n=_e(null),r=pe(),i=_e(null);return ne(()=>{let o=n.current;o&&(t.open&&!o.open?(i.current=document.activeElement,o.showModal()):!t.open&&o.open&&(o.close(),i.current instanceof HTMLElement&&i.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:o=>{o.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e(S,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??C("ok")}),e(S,{onClick:t.onCancel,children:C("cancel")})]})]})}function un(t){return new Set(t.viewerActions)}var ys=v(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),hs=v(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),bs=v(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ds=v(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Cs=v(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),vs=v(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function mi({p:t,actions:n,notice:r,onChange:i}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(s=>n.has(s));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:f("secActions")}),e(B,{children:r}),!o&&e("p",{class:"muted",children:f("noActions")}),n.has("ASSIGN")&&e(As,{p:t,onChange:i}),n.has("RESPOND")&&e(ks,{p:t,onChange:i}),n.has("DECIDE")&&e(Is,{p:t,onChange:i}),n.has("LINK")&&e(Ss,{p:t,onChange:i})]})}function As({p:t,onChange:n}){let r=E(Cs,{}),[i,o]=y(new Set),[s,d]=y(""),[a,c]=y(!1),u=M(async()=>{let m=await x(ys,{id:t.id,departmentIds:[...i],dueOn:s||null});o(new Set),n(m.assignProposal.proposal,f("assigned"))}),p=new Set(t.assignments.map(m=>m.department.id)),b=new Map,D=(r.data?.municipality.departments??[]).map(m=>{let h=m.parent?(b.get(m.parent.id)??0)+1:0;return b.set(m.id,h),{...m,depth:Math.min(h,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:f("assignTitle")}),e("p",{class:"help",children:f("assignHelp")}),e("form",{onSubmit:m=>{if(m.preventDefault(),i.size===0){c(!0);return}c(!1),u.run()},children:[e(K,{legend:f("assignDepartments"),class:"tree",children:[e(I,{error:r.error}),e("ul",{class:"plain",children:D.map(m=>e("li",{class:`depth-${m.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(m.id)||i.has(m.id),disabled:p.has(m.id),onChange:h=>{let A=new Set(i);h.currentTarget.checked?A.add(m.id):A.delete(m.id),o(A)}})," ",m.name]})},m.id))}),a&&e("p",{class:"field-error",role:"alert",children:f("assignPick")})]}),e(P,{label:f("assignDue"),type:"date",value:s,onInput:d,testid:"assign-due"}),e(I,{error:u.error}),e(S,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"assign-submit",children:f("assignSubmit")})]})]})}function ks({p:t,onChange:n}){let[r,i]=y(""),[o,s]=y(""),[d,a]=y(!1),c=M(async()=>{let u=await x(hs,{id:t.id,opinion:r,feasible:o==="yes"});n(u.respondToAssignment.proposal,f("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:f("respondTitle")}),e("form",{onSubmit:u=>{u.preventDefault(),a(!0),!(!r.trim()||!o)&&c.run()},children:[e(K,{legend:f("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:o==="yes",onChange:()=>s("yes"),"data-testid":"respond-feasible-yes"})," ",f("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:o==="no",onChange:()=>s("no"),"data-testid":"respond-feasible-no"})," ",f("feasibleNo")]}),d&&!o&&e("p",{class:"field-error",children:f("respondFeasible")})]}),e(H,{label:f("respondOpinion"),required:!0,value:r,onInput:i,error:d&&!r.trim()?f("opinionRequired"):void 0,testid:"respond-opinion"}),e(I,{error:c.error}),e(S,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:f("respondSubmit")})]})]})}function Is({p:t,onChange:n}){let[r,i]=y(""),[o,s]=y(""),[d,a]=y(!1),[c,u]=y(!1),p=M(async()=>{if(!r)return;let D=await x(bs,{id:t.id,decision:r,reason:o});u(!1),n(D.decideProposal.proposal,f("decided"))}),b=r==="ACCEPTED"?f("decideAccept"):f("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:f("decideTitle")}),e("form",{onSubmit:D=>{D.preventDefault(),a(!0),!(!r||!o.trim())&&u(!0)},children:[e(K,{legend:f("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>i("ACCEPTED"),"data-testid":"decide-accept"})," ",f("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>i("DECLINED"),"data-testid":"decide-decline"})," ",f("decideDecline")]}),d&&!r&&e("p",{class:"field-error",children:f("decision")})]}),e(H,{label:f("reason"),help:f("reasonHelp"),required:!0,value:o,onInput:s,error:d&&!o.trim()?f("reasonRequired"):void 0,testid:"decide-reason"}),e(I,{error:p.error}),e(S,{type:"submit",variant:"primary","data-testid":"decide-submit",children:f("decideSubmit")})]}),e(oe,{open:c,title:f("decideConfirmTitle"),confirmLabel:b,danger:r==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>u(!1),children:[e("p",{children:f("decideConfirm",{title:t.title,decision:b})}),e("p",{class:"prewrap",children:[f("reason"),"：",o]}),e(I,{error:p.error})]})]})}function Ss({p:t,onChange:n}){let r=E(vs,{}),[i,o]=y(""),[s,d]=y(""),[a,c]=y(""),[u,p]=y(""),[b,D]=y("PARTNERSHIP"),[m,h]=y("BUSINESS"),[A,$]=y(""),[U,O]=y(""),[L,T]=y(!1),ke=M(async()=>{let Q=await x(Ds,{id:t.id,projectId:i==="existing"&&a?a:null,agreementId:s==="existing"&&u?u:null,newProject:i==="new"?{kind:b,title:A.trim()||null}:null,newAgreement:s==="new"?{kind:m,title:U.trim()||null}:null});o(""),d(""),n(Q.linkProposalOutcome.proposal,f("linked")),r.reload()}),dt=[{value:"",label:f("linkNone")},{value:"existing",label:f("linkExisting")},{value:"new",label:f("linkNew")}],Ke={value:"",label:f("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:f("linkTitle")}),e("p",{class:"help",children:f("linkHelp")}),e(I,{error:r.error}),e("form",{onSubmit:Q=>{Q.preventDefault();let ut=i==="existing"&&a||i==="new"||s==="existing"&&u||s==="new";T(!ut),ut&&ke.run()},children:[e(K,{legend:f("linkProject"),children:[e(q,{label:f("linkProject"),value:i,onChange:Q=>o(Q),options:dt,testid:"link-project-mode"}),i==="existing"&&e(q,{label:f("linkPick"),value:a,onChange:c,options:[Ke,...r.data?.projects.edges.map(Q=>({value:Q.node.id,label:Q.node.title}))??[]],testid:"link-project"}),i==="new"&&e(R,{children:[e(q,{label:f("newKind"),value:b,onChange:Q=>D(Q),options:["PARTNERSHIP","DEMONSTRATION"].map(Q=>({value:Q,label:f(`proj${Q}`)}))}),e(P,{label:f("newTitle"),value:A,onInput:$})]})]}),e(K,{legend:f("linkAgreement"),children:[e(q,{label:f("linkAgreement"),value:s,onChange:Q=>d(Q),options:dt,testid:"link-agreement-mode"}),s==="existing"&&e(q,{label:f("linkPick"),value:u,onChange:p,options:[Ke,...r.data?.agreements.edges.map(Q=>({value:Q.node.id,label:Q.node.title}))??[]],testid:"link-agreement"}),s==="new"&&e(R,{children:[e(q,{label:f("newKind"),value:m,onChange:Q=>h(Q),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(Q=>({value:Q,label:f(`agr${Q}`)}))}),e(P,{label:f("newTitle"),value:U,onInput:O})]})]}),L&&e("p",{class:"field-error",role:"alert",children:f("linkNothing")}),e(I,{error:ke.error}),e(S,{type:"submit",variant:"primary",busy:ke.busy,"data-testid":"link-submit",children:f("linkSubmit")})]})]})}var N=le({navCustomFields:"設定：独自項目",title:"独自項目の設定",intro:"提案や各コンテンツに、この自治体独自の入力項目を追加できます。必須の項目は、提案では提出時、コンテンツでは公開時に確認されます。",target:"対象",targetPROPOSAL:"提案",targetCHALLENGE:"行政課題",targetAGREEMENT:"協定",targetPROJECT:"連携事業",targetCASE_STUDY:"連携事例",targetANNOUNCEMENT:"お知らせ",caption:"{target}の独自項目（並び順）",none:"この対象に独自項目はありません。",key:"識別子",keyHelp:"英小文字で始まる英数字・アンダースコア（例：appleVariety）。データの出力では列名になります。",labelJa:"項目名（日本語）",labelEn:"項目名（英語）",type:"種類",typeTEXT:"一行のテキスト",typeLONG_TEXT:"複数行のテキスト",typeNUMBER:"数値",typeDATE:"日付",typeSINGLE_CHOICE:"選択肢から一つ",typeMULTIPLE_CHOICE:"選択肢から複数",typeBOOLEAN:"はい・いいえ",typeFixed:"種類と対象は作成後に変更できません。",required:"必須",requiredHelp:"提案は提出時、コンテンツは公開時に入力が必要になります。",visibility:"見せる範囲",visibilityPUBLIC:"公開（その項目を見られる人全員・公開データにも出力）",visibilityPROPOSER:"提案者と職員（コンテンツでは職員のみ）",visibilitySTAFF:"職員のみ",order:"並び順",choices:"選択肢",choicesHelp:"1行に1つ。「値|日本語|英語」の形で書きます（例：fuji|ふじ|Fuji）。",define:"項目を追加",defineTitle:"独自項目を追加",editTitle:"「{label}」を編集",save:"保存",cancel:"キャンセル",edit:"編集",remove:"削除",removeTitle:"「{label}」を削除しますか？",removeBody:"この項目に入力済みの値もすべて削除されます（操作ログには残ります）。",defined:"「{label}」を追加しました。",updated:"「{label}」を保存しました。",removed:"「{label}」を削除しました。",yes:"はい",no:"いいえ",unset:"（未選択）",sectionTitle:"独自項目",empty:"（未入力）",requiredMark:"（必須）",disclosureLevel:"開示区分の既定値",disclosurePolicy:"方針の既定値（職員のみの項目は不開示、ほかは開示）",disclosureHelp:"情報公開請求で提案の写しを作るときの、この項目の値の扱いです。個々の提案では区分を変更できます。",disclosureReason:"開示区分の理由",disclosureReasonHelp:"「開示」以外では必須です（不開示の根拠）。"},{navCustomFields:"Settings: custom fields",title:"Custom fields",intro:"Add fields of your own to proposals and to each kind of content. Required fields are checked when a proposal is submitted and when content is published.",target:"Target",targetPROPOSAL:"Proposals",targetCHALLENGE:"Challenges",targetAGREEMENT:"Agreements",targetPROJECT:"Projects",targetCASE_STUDY:"Case studies",targetANNOUNCEMENT:"Announcements",caption:"Custom fields of {target}, in order",none:"No custom fields for this target.",key:"Key",keyHelp:"A lower-case letter, then letters, digits or underscores (e.g. appleVariety). Exports use it as the column name.",labelJa:"Label (Japanese)",labelEn:"Label (English)",type:"Type",typeTEXT:"One line of text",typeLONG_TEXT:"Longer text",typeNUMBER:"Number",typeDATE:"Date",typeSINGLE_CHOICE:"One choice",typeMULTIPLE_CHOICE:"Several choices",typeBOOLEAN:"Yes or no",typeFixed:"Type and target cannot change once created.",required:"Required",requiredHelp:"Needed to submit a proposal or publish content.",visibility:"Who sees it",visibilityPUBLIC:"Public (whoever reads the item; in open data too)",visibilityPROPOSER:"Proposer and staff (staff only on content)",visibilitySTAFF:"Staff only",order:"Order",choices:"Choices",choicesHelp:"One per line, as value|Japanese|English (e.g. fuji|ふじ|Fuji).",define:"Add field",defineTitle:"Add a custom field",editTitle:"Edit “{label}”",save:"Save",cancel:"Cancel",edit:"Edit",remove:"Delete",removeTitle:"Delete “{label}”?",removeBody:"Every value entered for it is deleted too (the audit log keeps a record).",defined:"Added “{label}”.",updated:"Saved “{label}”.",removed:"Deleted “{label}”.",yes:"Yes",no:"No",unset:"(none)",sectionTitle:"Custom fields",empty:"(empty)",requiredMark:" (required)",disclosureLevel:"Default disclosure level",disclosurePolicy:"Policy default (withheld for staff-only fields, disclosable otherwise)",disclosureHelp:"How the values of this field are treated in a disclosure copy of a proposal. The desk can still change the level on each proposal.",disclosureReason:"Reason of the disclosure level",disclosureReasonHelp:"Required for any level but disclosable (the ground for withholding)."});v(`
  fragment ContentCustomFieldValue on CustomFieldValue {
    key
    text
    number
    date
    boolean
    choices
    definition {
      labelJa
      labelEn
      type
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);var $s=v(`
  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      labelJa
      labelEn
      type
      required
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),$e={dirty:!1,values:{}};function he(t){let n={};for(let r of t??[])n[r.key]={type:r.definition.type,text:r.text??void 0,number:r.number==null?void 0:String(r.number),date:r.date??void 0,boolean:r.boolean??null,choices:r.choices??void 0};return{dirty:!1,values:n}}function be(t){if(!t.dirty)return null;let n=[];for(let[r,i]of Object.entries(t.values))switch(i.type){case"TEXT":case"LONG_TEXT":i.text&&i.text.trim()!==""&&n.push({key:r,text:i.text});break;case"NUMBER":i.number&&i.number.trim()!==""&&n.push({key:r,number:Number(i.number)});break;case"DATE":i.date&&n.push({key:r,date:i.date});break;case"BOOLEAN":i.boolean!=null&&n.push({key:r,boolean:i.boolean});break;default:i.choices&&i.choices.length>0&&n.push({key:r,choices:i.choices})}return n}function yt(t){return fe()==="en"&&t.labelEn?t.labelEn:t.labelJa}function De(t){let n=E($s,{target:t.target}),r=n.data?.customFieldDefinitions??[];return n.error?e(I,{error:n.error}):r.length===0?null:e(K,{legend:N("sectionTitle"),class:"custom-fields",children:r.map(i=>{let o=t.value.values[i.key]??{type:i.type},s=u=>t.onChange({dirty:!0,values:{...t.value.values,[i.key]:{...o,type:i.type,...u}}}),d=yt(i)+(i.required?N("requiredMark"):""),a=`custom-${i.key}`,c=t.errors?.[i.key];switch(i.type){case"LONG_TEXT":return e(H,{label:d,value:o.text??"",onInput:u=>s({text:u}),rows:4,testid:a,error:c},i.id);case"NUMBER":return e(P,{label:d,type:"number",value:o.number??"",onInput:u=>s({number:u}),testid:a,error:c},i.id);case"DATE":return e(P,{label:d,type:"date",value:o.date??"",onInput:u=>s({date:u}),testid:a,error:c},i.id);case"BOOLEAN":return e(q,{label:d,value:o.boolean==null?"":String(o.boolean),onChange:u=>s({boolean:u===""?null:u==="true"}),options:[{value:"",label:N("unset")},{value:"true",label:N("yes")},{value:"false",label:N("no")}],testid:a,error:c},i.id);case"SINGLE_CHOICE":return e(q,{label:d,value:o.choices?.[0]??"",onChange:u=>s({choices:u===""?[]:[u]}),options:[{value:"",label:N("unset")},...i.choices.map(u=>({value:u.value,label:yt(u)}))],testid:a,error:c},i.id);case"MULTIPLE_CHOICE":return e(K,{legend:d,children:[i.choices.map(u=>e(Se,{label:yt(u),checked:(o.choices??[]).includes(u.value),onChange:p=>s({choices:p?[...o.choices??[],u.value]:(o.choices??[]).filter(b=>b!==u.value)}),testid:`${a}-${u.value}`},u.value)),c&&e("p",{class:"field-error",children:c})]},i.id);default:return e(P,{label:d,value:o.text??"",onInput:u=>s({text:u}),maxLength:200,testid:a,error:c},i.id)}})})}function Ps(t){switch(t.definition.type){case"BOOLEAN":return t.boolean==null?N("empty"):t.boolean?N("yes"):N("no");case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>yt(t.definition.choices.find(r=>r.value===n)??{labelJa:n,labelEn:n})).join("、")||N("empty");case"NUMBER":return t.number==null?N("empty"):String(t.number);case"DATE":return t.date??N("empty")}return t.text??N("empty")}function gi({values:t}){return!t||t.length===0?null:e("section",{class:"custom-fields","data-testid":"custom-field-values",children:[e("h3",{children:N("sectionTitle")}),e("dl",{class:"desk-dl",children:t.map(n=>e(R,{children:[e("dt",{children:yt(n.definition)}),e("dd",{class:"prewrap",children:Ps(n)})]},n.key))})]})}var ws=v(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),xs=v(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function fi({p:t,actions:n,onChange:r,onReload:i}){let o=n.has("MESSAGE"),s=n.has("INTERNAL_NOTE"),[d,a]=y(!o&&s),[c,u]=y(""),[p,b]=y(""),D=M(async()=>{let $=await x(ws,{proposalId:t.id,body:c,internal:d});u(""),b(d?f("postedNote"):f("posted")),r($.postProposalMessage.proposal)}),[m,h]=y(null),A=M(async $=>{if(!m)return;let U=await xt(xs,{proposalId:t.id,file:null},[{path:"variables.file",file:m}]);h(null),$.reset(),b(f("attached",{name:U.attachFile.fileName})),await i()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:f("secDialogue")}),e("p",{class:"help",children:f("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:f("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map($=>e("li",{class:$.internal?"msg msg-internal":"msg msg-shared","data-testid":$.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[$.internal?e(j,{tone:"internal",icon:"✎",children:[f("internalNote"),"（",f("internalNoteHint"),"）"]}):e(j,{tone:"info",icon:"✉",children:f("sharedMessage")}),e("span",{class:"msg-author",children:pn($.author)}),e("time",{class:"muted",dateTime:$.createdAt,children:F($.createdAt)})]}),e("p",{class:"prewrap",children:$.body})]},$.id))}),e(B,{children:p}),(o||s)&&e("form",{class:"post-form",onSubmit:$=>{$.preventDefault(),b(""),D.run()},children:[o&&s&&e(K,{legend:f("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),f("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),f("internalNote"),"（",f("internalNoteHint"),"）"]})]}),e(H,{label:d?`${f("postBody")}（${f("internalNote")}）`:`${f("postBody")}（${f("sharedMessage")}）`,required:!0,value:c,onInput:u,rows:4,testid:"post-body"}),e(I,{error:D.error}),e(S,{type:"submit",variant:"primary",busy:D.busy,disabled:!c.trim(),"data-testid":"post-submit",children:f("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:$=>{$.preventDefault(),b(""),A.run($.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:f("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:$=>h($.currentTarget.files?.[0]??null)})]}),e(I,{error:A.error}),e(S,{type:"submit",busy:A.busy,disabled:!m,children:f("attach")})]})]})}var W=le({title:"開示区分",intro:"情報公開請求があったときに、提案のどの部分を開示し、どの部分を不開示とするかの区分です。連絡先は既定で個人情報、庁内メモは既定で不開示です。",caption:"項目ごとの開示区分",colPart:"項目",colLevel:"開示区分",colReason:"理由",colRequest:"提案者からの申出",isDefault:"（既定）",none:"なし",levelDISCLOSABLE:"開示",levelPERSONAL_DATA:"個人情報（不開示）",levelPROTECTED_BUSINESS:"法人等の正当な利益（不開示）",levelWITHHELD_OTHER:"その他の理由で不開示",fieldorganization:"提案者（名称）",fieldtitle:"件名",fieldsummary:"概要",fieldbody:"内容",fielddesiredScheme:"希望する連携手法",fieldresources:"提供リソース",fieldmerits:"期待されるメリット","fieldcontact.affiliation":"連絡先（所属）","fieldcontact.name":"連絡先（氏名）","fieldcontact.email":"連絡先（メールアドレス）","fieldcontact.phone":"連絡先（電話番号）",message:"メッセージ（{at}）",note:"庁内メモ（{at}）",file:"添付ファイル：{name}",requested:"{at}：{reason}",change:"開示区分を変更する",part:"対象",level:"開示区分",reason:"理由",reasonHelp:"開示以外の区分では必須です。開示用写しの不開示部分の一覧に記載されます。",save:"変更する",saved:"開示区分を変更しました。",copy:"開示用写しを作成する",copyIntro:"不開示の部分を黒塗りにし、不開示部分の一覧を付けた写しを作成します。作成は開示請求番号とともに記録されます。",reference:"開示請求番号",format:"形式",produce:"作成してダウンロード",produced:"開示用写し {name} を作成しました。"},{title:"Disclosure levels",intro:"How each part of the proposal is treated when someone requests its disclosure. Contact data is personal data and internal notes are withheld by default.",caption:"Disclosure level of each part",colPart:"Part",colLevel:"Level",colReason:"Reason",colRequest:"Proposer's request",isDefault:"(default)",none:"None",levelDISCLOSABLE:"Disclosable",levelPERSONAL_DATA:"Personal data (withheld)",levelPROTECTED_BUSINESS:"Protected business information (withheld)",levelWITHHELD_OTHER:"Withheld on another ground",fieldorganization:"Proposer (name)",fieldtitle:"Title",fieldsummary:"Summary",fieldbody:"Body",fielddesiredScheme:"Desired scheme",fieldresources:"Resources",fieldmerits:"Merits","fieldcontact.affiliation":"Contact (affiliation)","fieldcontact.name":"Contact (name)","fieldcontact.email":"Contact (email)","fieldcontact.phone":"Contact (phone)",message:"Message ({at})",note:"Internal note ({at})",file:"Attachment: {name}",requested:"{at}: {reason}",change:"Change a disclosure level",part:"Part",level:"Level",reason:"Reason",reasonHelp:"Required for every level but disclosable. It is listed in the disclosure copy.",save:"Change",saved:"The disclosure level was changed.",copy:"Produce a disclosure copy",copyIntro:"A copy with every withheld part blacked out and a list of what was withheld. Producing it is recorded with the request number.",reference:"Disclosure request number",format:"Format",produce:"Produce and download",produced:"Produced the disclosure copy {name}."});var Ts=v(`
  query DisclosurePanel($id: ID!) {
    proposal(id: $id) {
      id
      disclosure {
        field
        level
        reason
        isDefault
        protectionRequested {
          reason
          requestedAt
        }
      }
      messages {
        id
        internal
        createdAt
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
      attachments {
        id
        fileName
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
    }
  }
`),Rs=v(`
  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {
      id
    }
  }
`),Es=v(`
  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
      url
      filename
    }
  }
`),Ns=["DISCLOSABLE","PERSONAL_DATA","PROTECTED_BUSINESS","WITHHELD_OTHER"];function yi(t){return W(`level${t}`)}function Fs(t){let n=t.disclosure.map(r=>({key:"f:"+r.field,label:W(`field${r.field}`),target:{field:r.field},level:r.level,reason:r.reason,isDefault:r.isDefault,request:r.protectionRequested}));for(let r of t.messages)r.disclosureLevel&&n.push({key:"m:"+r.id,label:W(r.internal?"note":"message",{at:F(r.createdAt)}),target:{messageId:r.id},level:r.disclosureLevel,reason:r.disclosureReason,request:r.protectionRequested});for(let r of t.attachments)r.disclosureLevel&&n.push({key:"a:"+r.id,label:W("file",{name:r.fileName}),target:{attachmentId:r.id},level:r.disclosureLevel,reason:r.disclosureReason,request:r.protectionRequested});return n}function hi({id:t}){let n=ye(),r=E(Ts,{id:t}),i=r.data?.proposal;if(r.error)return e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")});if(!i||i.disclosure.length===0)return null;let o=Fs(i);return e("section",{"aria-labelledby":"sec-disclosure","data-testid":"disclosure-panel",children:[e("h2",{id:"sec-disclosure",children:W("title")}),e("p",{class:"help",children:W("intro")}),e("div",{class:"table-wrap disclosure-wrap",tabIndex:0,role:"region","aria-label":W("caption"),children:e("table",{class:"table","data-testid":"disclosure-levels",children:[e("caption",{class:"visually-hidden",children:W("caption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:W("colPart")}),e("th",{scope:"col",children:W("colLevel")}),e("th",{scope:"col",children:W("colReason")}),e("th",{scope:"col",children:W("colRequest")})]})}),e("tbody",{children:o.map(s=>e("tr",{children:[e("th",{scope:"row",children:s.label}),e("td",{children:[e(j,{tone:s.level==="DISCLOSABLE"?"neutral":"warning",icon:s.level==="DISCLOSABLE"?void 0:"■",children:yi(s.level)}),s.isDefault&&e("span",{class:"muted",children:[" ",W("isDefault")]})]}),e("td",{children:s.reason??""}),e("td",{children:s.request?W("requested",{at:F(s.request.requestedAt),reason:s.request.reason}):e("span",{class:"muted",children:W("none")})})]},s.key))})]})}),de(n,{resource:"proposal",action:"setDisclosure"})&&e(qs,{id:i.id,rows:o,onDone:()=>{r.reload()}}),de(n,{resource:"proposal",action:"discloseCopy"})&&e(Ms,{id:i.id})]})}function qs({id:t,rows:n,onDone:r}){let[i,o]=y(n[0]?.key??""),[s,d]=y("PERSONAL_DATA"),[a,c]=y(""),[u,p]=y(""),b=M(m=>x(Rs,{id:t,target:m,level:s,reason:a.trim()?a:null})),D=b.error?.field==="reason"?b.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-change",onSubmit:async m=>{m.preventDefault(),p("");let h=n.find(A=>A.key===i);h&&await b.run(h.target)&&(p(W("saved")),c(""),r())},children:e(K,{legend:W("change"),children:[e(B,{children:u}),e(I,{error:D?void 0:b.error}),e(q,{label:W("part"),value:i,onChange:o,options:n.map(m=>({value:m.key,label:m.label})),testid:"disclosure-part"}),e(q,{label:W("level"),value:s,onChange:m=>d(m),options:Ns.map(m=>({value:m,label:yi(m)})),testid:"disclosure-level"}),e(H,{label:W("reason"),help:W("reasonHelp"),value:a,onInput:c,required:s!=="DISCLOSABLE",error:D,rows:2}),e(S,{type:"submit",variant:"primary",busy:b.busy,children:W("save")})]})})}function Ms({id:t}){let[n,r]=y(""),[i,o]=y("PDF"),[s,d]=y(""),a=M(async()=>{let u=await x(Es,{id:t,reference:n,format:i});return await je(u.produceDisclosureCopy.url,u.produceDisclosureCopy.filename),u.produceDisclosureCopy.filename}),c=a.error?.field==="reference"?a.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-copy",onSubmit:async u=>{u.preventDefault(),d("");let p=await a.run();p&&d(W("produced",{name:p}))},children:e(K,{legend:W("copy"),children:[e("p",{class:"help",children:W("copyIntro")}),e(B,{children:s}),e(I,{error:c?void 0:a.error}),e(P,{label:W("reference"),value:n,onInput:r,required:!0,maxLength:100,error:c,testid:"disclosure-reference"}),e(q,{label:W("format"),value:i,onChange:u=>o(u),options:[{value:"PDF",label:"PDF"},{value:"HTML",label:"HTML"}]}),e(S,{type:"submit",variant:"primary",busy:a.busy,children:W("produce")})]})})}var w=le({navReads:"閲覧記録",readsTitle:"個人情報の閲覧記録",readsIntro:"職員が提案者・問合せ者などの個人情報を表示した記録です。新しい順。この一覧を見たこと、CSV を出力したことも記録されます。",filters:"絞り込み",record:"記録のID",recordHelp:"提案・お問い合わせ・アカウントなどのID。提案の画面の「閲覧記録を見る」からも開けます。",reader:"閲覧した職員",period:"期間",fromDate:"開始日",toDate:"終了日",all:"すべて",apply:"絞り込む",clearFilters:"条件をクリア",badRange:"終了日は開始日以降にしてください。",readsCaption:"閲覧記録",colReadAt:"日時",colReader:"職員",colRecord:"記録",colFields:"表示した項目",colOperation:"操作",download:"CSV をダウンロード",downloaded:"CSV をダウンロードしました。",typeProposal:"提案",typeInquiry:"お問い合わせ",typeUser:"アカウント",typeAttachment:"添付ファイル",typeLog:"閲覧記録の閲覧",thisRecordOnly:"この記録だけ",thisReaderOnly:"この職員だけ",navRetention:"保存年限",retentionTitle:"保存年限",retentionIntro:"記録の種類ごとに、個人情報と添付ファイルを保存する期間（月）です。期間を過ぎた記録は定期処理で個人情報が消去されます（件数・状態・日付など統計に必要な事実は残ります）。訴訟ホールド中の記録は消去しません。",rulesTitle:"記録の種類ごとの保存期間",months:"保存期間（月）",monthsHelp:"1〜1200か月",isDefault:"既定値",isSet:"自治体で設定",saveRules:"保存期間を保存",rulesSaved:"保存期間を保存しました。",ruleDECLINED_PROPOSAL:"不採択の提案（決定から）",ruleWITHDRAWN_PROPOSAL:"取下げの提案（取下げから）",ruleACCEPTED_PROPOSAL:"採択の提案（決定、または事業・協定の期間終了の遅い方から）",ruleCLOSED_INQUIRY:"対応済みのお問い合わせ（完了から）",ruleAUDIT_ENTRY:"操作ログ（記録した日時から）",ruleOUTBOX_MAIL:"送信済み・送信失敗の通知メール（送信または最後の送信試行から）",shortDECLINED_PROPOSAL:"不採択の提案",shortWITHDRAWN_PROPOSAL:"取下げの提案",shortACCEPTED_PROPOSAL:"採択の提案",shortCLOSED_INQUIRY:"対応済みのお問い合わせ",shortAUDIT_ENTRY:"操作ログ",shortOUTBOX_MAIL:"送信済み・失敗メール",dryRunTitle:"次の消去で対象になる記録（試算）",dryRunIntro:"いま消去処理を行えば個人情報が消える記録です。この一覧を見ても何も変わりません。残すべき記録には訴訟ホールドを設定してください。",dryRunCaption:"消去の対象になる記録",dryRunNone:"保存期間を過ぎた記録はありません。",dryRunCount:"{n}件",colRecordType:"種類",colRule:"保存年限",colExpired:"満了日時",colMonths:"期間",monthsN:"{n}か月",purgeTitle:"消去の記録",purgeCaption:"消去の記録（新しい順）",colPurgedAt:"消去日時",colParts:"消去した部分",partContact:"連絡先",partMessages:"メッセージ本文",partAttachments:"添付ファイル",partSender:"差出人",partReplies:"回答",partForwardNotes:"転送メモ",partSubject:"件名",partBody:"本文",partEntries:"操作ログ {n}件",partMails:"送信済み・失敗メール {n}件",partDisclosureCopies:"開示用写し",partCustomFields:"独自項目（個人情報）",partOrganization:"個人事業主の氏名・住所",outboxMail:"送信済み・失敗メール",auditEntry:"操作ログ",holdTitle:"訴訟ホールド（保存の延長）",holdIntro:"ホールド中の記録は、保存年限を過ぎても個人情報と添付ファイルを消去しません。",holdNone:"ホールドは設定されていません。",holdOn:"ホールド中",holdSince:"{at} に設定",holdReason:"理由",holdReasonHelp:"設定には理由が必要です（操作ログに残ります）。",releaseReasonHelp:"解除の理由（任意、操作ログに残ります）。",holdSet:"ホールドを設定する",holdRelease:"ホールドを解除する",holdSetDone:"訴訟ホールドを設定しました。",holdReleased:"訴訟ホールドを解除しました。",holdReleaseConfirm:"訴訟ホールドを解除しますか？",holdReleaseBody:"解除すると、保存年限を過ぎていれば次の消去処理で個人情報と添付ファイルが消去されます。",readsOfRecord:"この記録の閲覧記録を見る",customTitle:"独自項目の入力",customIntro:"提案の独自項目の値を入力します。保存すると、ここに表示された項目の値で置き換わります。",customSave:"独自項目を保存",customSaved:"独自項目を保存しました。"},{navReads:"Personal data reads",readsTitle:"Reads of personal data",readsIntro:"Each time a staff member was shown a proposer’s or sender’s personal data, newest first. Viewing this list and exporting it are logged too.",filters:"Filters",record:"Record ID",recordHelp:"The ID of a proposal, inquiry, account …; the proposal page links here too.",reader:"Staff member",period:"Period",fromDate:"From",toDate:"To",all:"All",apply:"Apply",clearFilters:"Clear filters",badRange:"The end date must not be before the start date.",readsCaption:"Reads of personal data",colReadAt:"When",colReader:"Staff member",colRecord:"Record",colFields:"Fields shown",colOperation:"Operation",download:"Download CSV",downloaded:"CSV downloaded.",typeProposal:"Proposal",typeInquiry:"Inquiry",typeUser:"Account",typeAttachment:"Attachment",typeLog:"Read of this log",thisRecordOnly:"This record only",thisReaderOnly:"This staff member only",navRetention:"Retention",retentionTitle:"Retention",retentionIntro:"How many months each kind of record keeps its personal data and files. After that a scheduled purge removes them (the facts statistics need stay). Records under a legal hold are never purged.",rulesTitle:"Retention period per record type",months:"Period (months)",monthsHelp:"1 to 1200 months",isDefault:"Default",isSet:"Set by the municipality",saveRules:"Save periods",rulesSaved:"Retention periods saved.",ruleDECLINED_PROPOSAL:"Declined proposals (from the decision)",ruleWITHDRAWN_PROPOSAL:"Withdrawn proposals (from the withdrawal)",ruleACCEPTED_PROPOSAL:"Accepted proposals (from the decision or the end of the project or agreement, whichever is later)",ruleCLOSED_INQUIRY:"Closed inquiries (from closing)",ruleAUDIT_ENTRY:"Audit entries (from when written)",ruleOUTBOX_MAIL:"Delivered and failed notification mails (from delivery or the last attempt)",shortDECLINED_PROPOSAL:"Declined proposal",shortWITHDRAWN_PROPOSAL:"Withdrawn proposal",shortACCEPTED_PROPOSAL:"Accepted proposal",shortCLOSED_INQUIRY:"Closed inquiry",shortAUDIT_ENTRY:"Audit entry",shortOUTBOX_MAIL:"Delivered or failed mail",dryRunTitle:"What the next purge would remove (dry run)",dryRunIntro:"The records whose personal data a purge would remove now. Viewing this list changes nothing. Set a legal hold on a record that must stay.",dryRunCaption:"Records the purge would remove",dryRunNone:"No record is past its retention period.",dryRunCount:"{n} records",colRecordType:"Type",colRule:"Rule",colExpired:"Expired",colMonths:"Period",monthsN:"{n} months",purgeTitle:"Purge log",purgeCaption:"Purge log (newest first)",colPurgedAt:"Purged",colParts:"Removed",partContact:"Contact",partMessages:"Message bodies",partAttachments:"Attachments",partSender:"Sender",partReplies:"Replies",partForwardNotes:"Forwarding notes",partSubject:"Subject",partBody:"Body",partEntries:"{n} audit entries",partMails:"{n} delivered or failed mails",partDisclosureCopies:"Disclosure copies",partCustomFields:"Custom fields (personal data)",partOrganization:"Sole proprietor's name and address",outboxMail:"Delivered or failed mail",auditEntry:"Audit entry",holdTitle:"Legal hold",holdIntro:"A record under a legal hold keeps its personal data and files after its retention period.",holdNone:"No legal hold.",holdOn:"Under legal hold",holdSince:"set {at}",holdReason:"Reason",holdReasonHelp:"Setting a hold needs a reason (kept in the audit log).",releaseReasonHelp:"Why it is lifted (optional, kept in the audit log).",holdSet:"Set legal hold",holdRelease:"Lift legal hold",holdSetDone:"Legal hold set.",holdReleased:"Legal hold lifted.",holdReleaseConfirm:"Lift the legal hold?",holdReleaseBody:"Once lifted, the next purge removes its personal data and files if its retention period has passed.",readsOfRecord:"Reads of this record’s personal data",customTitle:"Custom field values",customIntro:"Enter the proposal’s custom field values. Saving replaces the values of the fields shown here.",customSave:"Save custom fields",customSaved:"Custom fields saved."});function ce(){let t=ye();return(n,r)=>de(t,{resource:n,action:r})}function Pe(t){let[n,r]=y({key:t,after:null});return[n.key===t?n.after:null,i=>r({key:t,after:i})]}var _s=v(`
  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {
    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ls=v(`
  query ProposalCustomFieldsDefined {
    customFieldDefinitions(target: PROPOSAL) {
      id
    }
  }
`);function bi({p:t,onChange:n}){let i=ce()("proposal","setCustomFields")&&t.status!=="DRAFT",o=E(Ls,{},!i),[s,d]=y("");return!i||!o.data||o.data.customFieldDefinitions.length===0?null:e("section",{class:"desk-panel","aria-labelledby":"proposal-custom-title","data-testid":"proposal-custom-fields",children:[e("h2",{id:"proposal-custom-title",children:w("customTitle")}),e("p",{class:"help",children:w("customIntro")}),e(B,{children:s}),e(Os,{p:t,onChange:n,onNotice:d},`${t.id}|${t.version}`)]})}function Os({p:t,onChange:n,onNotice:r}){let[i,o]=y(()=>he(t.customFields)),s=M(async()=>(await x(_s,{id:t.id,customFields:be({...i,dirty:!0})??[],version:t.version})).setProposalCustomFields.proposal),d=s.error?.field??"",a=d.startsWith("customFields.")?d.slice(13):"",c=a?{[a]:s.error.clerkMessage()}:void 0;return e("form",{onSubmit:async u=>{u.preventDefault(),r("");let p=await s.run();p&&(r(w("customSaved")),n(p))},children:[e(I,{error:a?void 0:s.error}),e(De,{target:"PROPOSAL",value:i,onChange:o,errors:c}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"proposal-custom-save",children:w("customSave")})})]})}var Bs=v(`
  query RecordLegalHold($id: ID!) {
    node(id: $id) {
      ... on Proposal {
        id
        legalHold {
          reason
          setAt
        }
      }
      ... on Inquiry {
        id
        legalHold {
          reason
          setAt
        }
      }
    }
  }
`),Us=v(`
  mutation RecordLegalHoldSet($id: ID!, $hold: Boolean!, $reason: String) {
    setLegalHold(recordId: $id, hold: $hold, reason: $reason)
  }
`);function qt({recordId:t}){let n=ce();return n("retention","read")?e(js,{recordId:t,editable:n("retention","hold"),reads:n("personalDataRead","read")}):null}function js({recordId:t,editable:n,reads:r}){let i=E(Bs,{id:t}),[o,s]=y(""),[d,a]=y(""),[c,u]=y(!1),p=M(async h=>{await x(Us,{id:t,hold:h,reason:o.trim()||null}),s(""),u(!1),a(h?w("holdSetDone"):w("holdReleased")),await i.reload()}),b=i.data?.node,D=b&&"legalHold"in b?b.legalHold:null,m=p.error?.field==="reason"?p.error.clerkMessage():void 0;return e("section",{class:"desk-panel legal-hold","aria-labelledby":"legal-hold-title","data-testid":"legal-hold",children:[e("h2",{id:"legal-hold-title",children:w("holdTitle")}),e("p",{class:"help",children:w("holdIntro")}),e(B,{children:d}),e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.data&&(D?e("p",{"data-testid":"legal-hold-state",children:[e(j,{tone:"warning",icon:"⚖",children:w("holdOn")})," ",w("holdSince",{at:F(D.setAt)}),e("br",{}),e("span",{class:"desk-label",children:w("holdReason")}),"：",e("span",{class:"prewrap",children:D.reason})]}):e("p",{"data-testid":"legal-hold-state",children:w("holdNone")})),i.data&&n&&e("form",{onSubmit:h=>{h.preventDefault(),a(""),D?u(!0):p.run(!0)},children:[e(I,{error:m||c?void 0:p.error}),e(H,{label:w("holdReason"),help:D?w("releaseReasonHelp"):w("holdReasonHelp"),value:o,onInput:s,required:!D,rows:2,error:m,testid:"legal-hold-reason"}),e("div",{class:"actions",children:e(S,{type:"submit",variant:D?"secondary":"primary",busy:p.busy&&!c,"data-testid":"legal-hold-submit",children:D?w("holdRelease"):w("holdSet")})})]}),r&&e("p",{children:e("a",{href:_("/desk/personal-data-reads",{record:t}),"data-testid":"legal-hold-reads",children:w("readsOfRecord")})}),e(oe,{open:c,title:w("holdReleaseConfirm"),confirmLabel:w("holdRelease"),busy:p.busy,onConfirm:()=>{p.run(!1)},onCancel:()=>{p.clear(),u(!1)},children:[e("p",{children:w("holdReleaseBody")}),e(I,{error:p.error})]})]})}v(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    customFields {
      ...ContentCustomFieldValue
    }
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var Vs=v(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Hs=v(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Di=["CITY","PARTNER"],Ci=["PEOPLE","GOODS","MONEY","INFORMATION"],Ks=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function pn(t){if(!t)return"";let n=f(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function vi({params:t}){let n=t.id,r=E(Vs,{id:n}),[i,o]=y(null),s=i??r.data?.proposal??null,[d,a]=y(""),c=(D,m)=>{o(D),a(m??"")},u=async()=>{o(null),await r.reload()},p=_e(!1),b=r.data?.proposal;return ne(()=>{!b||p.current||b.unreadMessageCount===0||!b.viewerActions.includes("MARK_READ")||(p.current=!0,x(Hs,{id:b.id}).then(D=>o(D.markProposalRead.proposal)).catch(()=>{}))},[b]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:_("/proposals"),children:["← ",f("back")]})}),e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")}),r.loading&&!s&&e(V,{label:C("loading")}),r.data&&!s&&e("p",{class:"banner banner-error",role:"alert",children:f("notFound")}),s&&e(R,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:s.title}),e("p",{class:"meta",children:[e(Nt,{status:s.status})," ",e(j,{children:tt(s.kind)}),s.overdue&&e(j,{tone:"danger",icon:"!",testid:"overdue",children:f("overdue")}),s.unreadMessageCount>0&&e(j,{tone:"warning",icon:"●",testid:"unread",children:f("unread",{n:s.unreadMessageCount})}),s.challenge&&e("span",{children:[" ",s.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("organization")}),e("dd",{children:s.organization?.name??f("none")})]}),e("div",{children:[e("dt",{children:f("submittedAt")}),e("dd",{children:s.submittedAt?F(s.submittedAt):f("notSubmitted")})]}),s.decidedAt&&e("div",{children:[e("dt",{children:f("decidedAt")}),e("dd",{children:F(s.decidedAt)})]}),s.project&&e("div",{children:[e("dt",{children:f("currentProject")}),e("dd",{"data-testid":"linked-project",children:s.project.title})]}),s.agreement&&e("div",{children:[e("dt",{children:f("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:s.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(Qs,{p:s}),e(bi,{p:s,onChange:D=>c(D)}),e(Ws,{p:s}),e(zs,{p:s}),e(fi,{p:s,actions:un(s),onChange:c,onReload:u}),e(Js,{p:s}),e(hi,{id:s.id}),e(qt,{recordId:s.id})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(mi,{p:s,actions:un(s),notice:d,onChange:c})})]})]})]})}function cn({text:t}){return t.trim()?e(R,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:f("none")})}function Qs({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:f("secContent")}),e("h3",{children:f("summary")}),e(cn,{text:t.summary}),e("h3",{children:f("body")}),e(cn,{text:t.body}),e("h3",{children:f("desiredScheme")}),e(cn,{text:t.desiredScheme}),e(gi,{values:t.customFields}),e("h3",{children:f("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:f("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("side")}),Ci.map(n=>e("th",{scope:"col",children:f(`res${n}`)},n))]})}),e("tbody",{children:Di.map(n=>e("tr",{children:[e("th",{scope:"row",children:f(`side${n}`)}),Ci.map(r=>{let i=t.resources.filter(o=>o.side===n&&o.kind===r);return e("td",{children:i.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:i.map((o,s)=>e("li",{children:o.description},s))})},r)})]},n))})]})}),e("h3",{children:f("merits")}),e("div",{class:"merits",children:Di.map(n=>{let r=t.merits.filter(i=>i.side===n);return e("div",{children:[e("h4",{children:f("meritFor",{side:f(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:f("none")}):e("ul",{children:r.map((i,o)=>e("li",{children:i.description},o))})]},n)})}),t.contact&&e(R,{children:[e("h3",{children:f("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:f("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:f("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:f("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Ws({p:t}){let[n,r]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:f("secAttachments")}),e(I,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:f("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(i=>e("li",{children:[e(S,{variant:"link","aria-label":f("download",{name:i.fileName}),onClick:()=>{r(null),je(i.downloadUrl,i.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),i.fileName]})," ",e("span",{class:"muted",children:[ui(i.size)," ・ ",F(i.createdAt),i.messageId&&` ${f("onMessage")}`]})]},i.id))})]})}function zs({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:f("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:f("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:f("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("department")}),e("th",{scope:"col",children:f("dueOn")}),e("th",{scope:"col",children:f("feasible")}),e("th",{scope:"col",children:f("opinion")}),e("th",{scope:"col",children:f("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?J(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(j,{children:f("notAnswered")}):n.feasible?e(j,{tone:"success",icon:"○",children:f("feasibleYes")}):e(j,{tone:"danger",icon:"×",children:f("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?F(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Js({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:f("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:f("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("colWhen")}),e("th",{scope:"col",children:f("colAction")}),e("th",{scope:"col",children:f("colChange")}),e("th",{scope:"col",children:f("colActor")}),e("th",{scope:"col",children:f("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:F(n.at)}),e("td",{children:Ks.has(n.action)?f(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?f(`status${n.from}`):""} → ${n.to?f(`status${n.to}`):""}`:""}),e("td",{children:pn(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var Ai=[{path:"/proposals",component:ci,nav:{label:()=>f("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:vi,permission:{resource:"proposal",action:"read"}}];var l=le({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var ie=le({legend:"URL・検索エンジン・SNS共有",slug:"URLスラッグ",slugHelp:"半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。",pageUrl:"ポータルでのURL：",seoDescription:"説明文（検索結果・SNS共有用）",seoHelp:"300文字まで（現在 {n} 文字）。",shareImage:"共有用画像（OGP）",shareImageHelp:"この項目の画像から選びます。画像は右の「画像・資料」で追加してください。",noShareImage:"（なし）",navSettings:"自治体の設定",settingsTitle:"自治体の設定",itemUrlTemplate:"項目ページのURLテンプレート",itemUrlTemplateHelp:"ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。",sitemapNote:"サイトマップ：",saved:"保存しました。",save:"保存"},{legend:"URL, search engines and sharing",slug:"URL slug",slugHelp:"Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).",pageUrl:"URL on the portal: ",seoDescription:"Description (search results and link previews)",seoHelp:"Up to 300 characters ({n} now).",shareImage:"Share image (OGP)",shareImageHelp:"One of this item’s images; add images under Photos and documents.",noShareImage:"(none)",navSettings:"Municipality settings",settingsTitle:"Municipality settings",itemUrlTemplate:"URL template of item pages",itemUrlTemplateHelp:"The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).",sitemapNote:"Sitemap: ",saved:"Saved.",save:"Save"});var we={slug:"",seoDescription:"",shareImageId:""};function xe(t){return{slug:t.slug,seoDescription:t.seoDescription??"",shareImageId:t.shareImage?.id??""}}function Te(t){let n=t.slug.trim();return{slug:n===""?null:n,seoDescription:t.seoDescription,shareImageId:t.shareImageId}}function Re(t){let n=(t.media??[]).filter(r=>r.contentType.startsWith("image/"));return e(K,{legend:ie("legend"),children:[e(P,{label:ie("slug"),value:t.form.slug,onInput:r=>t.set("slug",r),help:ie("slugHelp"),maxLength:100,testid:"field-slug"}),t.url&&e("p",{class:"help",children:[ie("pageUrl"),e("a",{href:t.url,target:"_blank",rel:"noopener noreferrer","data-testid":"item-url",children:t.url})]}),e(H,{label:ie("seoDescription"),value:t.form.seoDescription,onInput:r=>t.set("seoDescription",r),rows:3,help:ie("seoHelp",{n:[...t.form.seoDescription].length}),testid:"field-seo-description"}),t.media&&e(q,{label:ie("shareImage"),value:t.form.shareImageId,onChange:r=>t.set("shareImageId",r),options:[{value:"",label:ie("noShareImage")},...n.map(r=>({value:r.id,label:r.alt||r.fileName}))],help:ie("shareImageHelp"),testid:"field-share-image"})]})}var Mt="";function Ce(t){let[n,r]=y(t.blank),[i,o]=y(()=>{let d=Mt;return Mt="",d});ne(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let s=M(async()=>{if(o(""),!t.item){let d=await t.create(n);Mt=l("created"),o(Mt),ae(t.path(d));return}await t.update(n,t.item.version),o(l("saved")),await t.q.reload()});return{form:n,set:(d,a)=>r(c=>({...c,[d]:a})),save:()=>{s.run()},busy:s.busy,error:s.error,notice:i,setNotice:o,reload:()=>{s.clear(),t.q.reload()}}}function Ie({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(j,{tone:"warning",icon:"◇",testid:"pub-state",children:l("stateScheduled")}):e(j,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:l(`state${t}`)})}var Gs=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function mn(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(Gs.formatToParts(n).map(o=>[o.type,o.value])),i=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${i}:${r.minute}`}function nt(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function Xe(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(i=>i.trim()).filter(Boolean)}function gn(t){return t<1024?l("bytes",{n:t}):t<1024*1024?l("kb",{n:(t/1024).toFixed(1)}):l("mb",{n:(t/1024/1024).toFixed(1)})}function z(t){return t.trim()===""?null:t}function me(t,n,r){let i=t.map(o=>({value:o,label:n(o)}));return r?[{value:"",label:r},...i]:i}function ve({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:l("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:l("reloadLatest")})]}):e(I,{error:t}):null}function se({title:t,list:n,listLabel:r,children:i}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:_(n),children:["← ",l("backToList"),"（",r,"）"]})}),e("h1",{children:t}),i]})}var ki=v(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),Ys=v(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Xs=v(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),Zs=v(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),el=v(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function Ee(t){let n=ye(),r=de(n,{resource:"content",action:"publish"}),i=de(n,{resource:"content",action:"preview"}),o=de(n,{resource:"content",action:"restore"}),[s,d]=y(null),[a,c]=y(""),[u,p]=y(""),[b,D]=y(!1),[m,h]=y(null),A=M(async T=>{switch(p(""),T){case"publish":await x(ki,{id:t.id,at:null}),p(l("published"));break;case"schedule":await x(ki,{id:t.id,at:nt(a)}),p(l("scheduled"));break;case"unpublish":await x(Ys,{id:t.id}),p(l("unpublished"));break;case"archive":await x(Xs,{id:t.id}),p(l("archived"));break;case"delete":await t.remove(t.id),D(!0),p(l("deleted",{title:t.title})),d(null);return;case"undo":await x(Zs,{id:t.id}),D(!1),p(l("restored")),t.onRestored();return;case"preview":{let ke=await x(el,{id:t.id});h(ke.createPreviewToken);return}}d(null),t.onChanged()}),$=T=>{A.run(T).then(()=>d(null))},U=pe();if(b)return e("section",{"aria-labelledby":`${U}-h`,class:"content-panel",children:[e("h2",{id:`${U}-h`,children:l("secPublication")}),e(B,{children:u}),e(I,{error:A.error}),o&&e(S,{variant:"primary",busy:A.busy,onClick:()=>$("undo"),"data-testid":"restore-deleted",children:l("restoreDeleted")})]});let O={publish:{title:l("confirmPublish"),body:l("confirmPublishBody",{title:t.title}),label:l("publishNow"),danger:!1},unpublish:{title:l("confirmUnpublish"),body:l("confirmUnpublishBody",{title:t.title}),label:l("unpublish"),danger:!0},archive:{title:l("confirmArchive"),body:l("confirmArchiveBody",{title:t.title}),label:l("archive"),danger:!0},delete:{title:l("confirmDelete"),body:l("confirmDeleteBody",{title:t.title}),label:l("delete"),danger:!0}},L=s?O[s]:null;return e("section",{"aria-labelledby":`${U}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${U}-h`,children:l("secPublication")}),t.state&&e("p",{children:[e(Ie,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?l("scheduledAt",{at:F(t.publishedAt)}):l("publishedAt",{at:F(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:l("pendingNotice")}),e(B,{children:u}),e(I,{error:A.error}),t.state&&r&&e(R,{children:[e("div",{class:"actions",children:[e(S,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:l("publishNow")}),t.state!=="DRAFT"&&e(S,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:l("unpublish")}),t.state!=="ARCHIVED"&&e(S,{onClick:()=>d("archive"),"data-testid":"archive",children:l("archive")})]}),e("form",{class:"content-schedule",onSubmit:T=>{T.preventDefault(),a&&$("schedule")},children:e(K,{legend:l("publishAt"),children:[e(P,{label:l("publishAtLabel"),type:"datetime-local",value:a,onInput:c,help:l("publishAtHelp"),required:!0,testid:"publish-at"}),e(S,{type:"submit",busy:A.busy,disabled:!a,"data-testid":"schedule",children:l("schedule")})]})})]}),e("div",{class:"actions",children:[i&&t.state&&e(S,{onClick:()=>$("preview"),busy:A.busy,"data-testid":"make-preview",children:l("previewMake")}),m&&e("a",{class:"btn btn-link",href:_(`/preview/${m.token}`),"data-testid":"preview-link",children:l("previewLink",{at:F(m.expiresAt)})}),e(S,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:l("delete")})]}),e(oe,{open:L!==null,title:L?.title??"",confirmLabel:L?.label,danger:L?.danger,busy:A.busy,onConfirm:()=>s&&$(s),onCancel:()=>d(null),children:e("p",{children:L?.body})})]})}var tl=v(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),nl=v(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function Ne({id:t,version:n,onRestored:r}){let i=ye(),o=de(i,{resource:"content",action:"readRevisions"}),s=de(i,{resource:"content",action:"revisions"}),d=E(tl,{id:t},!o),a=_e(n);ne(()=>{a.current!==n&&(a.current=n,d.reload())},[n]);let[c,u]=y(null),[p,b]=y(""),D=M(async A=>{await x(nl,{id:A.id}),b(l("revRestored",{n:A.number})),u(null),r()}),m=pe();if(!o)return null;let h=d.data?.revisions??[];return e("section",{"aria-labelledby":m,class:"content-panel",children:[e("h2",{id:m,children:l("secRevisions")}),e(B,{children:p}),e(I,{error:d.error??D.error}),h.length===0?e("p",{children:l("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:l("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("revNumber")}),e("th",{scope:"col",children:l("revAuthor")}),e("th",{scope:"col",children:l("revAt")}),s&&e("th",{scope:"col",children:l("mediaOps")})]})}),e("tbody",{children:h.map(A=>e("tr",{children:[e("td",{children:[A.number," ",A.pending&&e(j,{tone:"warning",icon:"△",children:l("revPending")})]}),e("td",{children:A.author?.displayName??"—"}),e("td",{children:F(A.createdAt)}),s&&e("td",{children:e(S,{variant:"link",onClick:()=>u({id:A.id,number:A.number}),children:l("revRestoreNamed",{n:A.number})})})]},A.id))})]})}),e(oe,{open:c!==null,title:c?l("confirmRevRestore",{n:c.number}):"",confirmLabel:l("revRestore"),busy:D.busy,onConfirm:()=>c&&void D.run(c),onCancel:()=>u(null),children:e("p",{children:l("confirmRevRestoreBody")})})]})}v(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var rl=v(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),ol=v(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),il=v(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function al({m:t,onSaved:n}){let[r,i]=y(t.alt);ne(()=>i(t.alt),[t.alt]);let o=M(async()=>{await x(ol,{id:t.id,alt:r}),n(l("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:s=>{s.preventDefault(),o.run()},children:[e(P,{label:l("mediaAltFor",{file:t.fileName}),value:r,onInput:i,maxLength:250,error:o.error?o.error.clerkMessage():void 0}),e(S,{type:"submit",busy:o.busy,disabled:r===t.alt,children:l("mediaAltSave")})]})}function Fe({contentId:t,media:n,onChanged:r}){let i=ye(),o=de(i,{resource:"content",action:"media"}),[s,d]=y(null),[a,c]=y(""),[u,p]=y(""),[b,D]=y(""),[m,h]=y(null),A=M(async L=>{let T=await xt(rl,{contentId:t,file:null,alt:z(a)},[{path:"variables.file",file:s}]);p(l("mediaUploaded",{file:T.attachMedia.fileName})),d(null),c(""),L.reset(),r()}),$=M(async L=>{await x(il,{id:L.id}),p(l("mediaDeleted",{file:L.fileName})),h(null),r()}),U=pe(),O=pe();return e("section",{"aria-labelledby":U,class:"content-panel","data-testid":"media",children:[e("h2",{id:U,children:l("secMedia")}),e(B,{children:u}),e(I,{error:A.error??$.error}),n.length===0?e("p",{children:l("mediaNone")}):e("ul",{class:"content-media",children:n.map(L=>e("li",{children:[e("p",{children:[e("strong",{children:L.fileName}),"（",L.contentType,"、",gn(L.size),"）"," ",L.contentType.startsWith("image/")&&L.alt===""&&e(j,{tone:"warning",icon:"!",children:l("mediaAltMissing")})]}),o&&e("div",{class:"content-media-ops",children:[e(al,{m:L,onSaved:p}),e(S,{variant:"danger",onClick:()=>h(L),"aria-label":l("mediaDeleteNamed",{file:L.fileName}),children:l("mediaDelete")})]})]},L.id))}),o&&e("form",{class:"content-upload",onSubmit:L=>{if(L.preventDefault(),D(""),!s)return D(l("mediaChoose"));if(s.type.startsWith("image/")&&a.trim()==="")return D(l("mediaAskAlt"));A.run(L.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:O,children:l("mediaFile")}),e("input",{id:O,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${O}-help`,"data-testid":"media-file",onChange:L=>d(L.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${O}-help`,children:l("mediaFileHelp")})]}),e(P,{label:l("mediaAlt"),value:a,onInput:c,help:l("mediaAltHelp"),maxLength:250,testid:"media-alt",error:b||void 0}),e(S,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"media-upload",children:l("mediaUpload")})]}),e(oe,{open:m!==null,title:m?l("confirmMediaDelete",{file:m.fileName}):"",confirmLabel:l("mediaDelete"),danger:!0,busy:$.busy,onConfirm:()=>m&&void $.run(m),onCancel:()=>h(null)})]})}var Le=["CITY","PARTNER"],_t=["PEOPLE","GOODS","MONEY","INFORMATION"];function Lt(t){let n={};for(let r of t){let i=`${r.side}/${r.kind}`;n[i]=n[i]?`${n[i]}
${r.description}`:r.description}return n}function Ot(t){let n=[];for(let r of Le)for(let i of _t){let o=(t[`${r}/${i}`]??"").trim();o&&n.push({side:r,kind:i,description:o})}return n}function Bt({value:t,onChange:n}){let r=pe();return e(K,{legend:l("resources"),children:[e("p",{class:"help",children:l("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:l("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Le.map(i=>e("th",{scope:"col",children:l(`side${i}`)},i))]})}),e("tbody",{children:_t.map(i=>e("tr",{children:[e("th",{scope:"row",children:l(`res${i}`)}),Le.map(o=>{let s=`${r}-${o}-${i}`;return e("td",{children:[e("label",{for:s,class:"visually-hidden",children:l("resCell",{side:l(`side${o}`),kind:l(`res${i}`)})}),e("textarea",{id:s,rows:3,value:t[`${o}/${i}`]??"","data-testid":`res-${o}-${i}`,onInput:d=>n({...t,[`${o}/${i}`]:d.currentTarget.value})})]},o)})]},i))})]})})]})}function rt(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function ot(t){return Le.flatMap(n=>Xe(t[n],!0).map(r=>({side:n,description:r})))}function it({value:t,onChange:n}){return e(K,{legend:l("merits"),class:"content-merits",children:Le.map(r=>e(H,{label:l("meritFor",{side:l(`side${r}`)}),help:l("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:i=>n({...t,[r]:i})},r))})}function Ae(t){return e(R,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:_(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(K,{legend:l("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e(S,{type:"submit",variant:"primary",children:l("apply")}),e(S,{onClick:t.onClear,children:l("clear")})]})]})}),t.children]})}function qe(t){let[n,r]=y(t),[i,o]=y(t),[s,d]=y(null);return{draft:n,setDraft:r,filter:i,apply:()=>{o(n),d(null)},clear:()=>{r(t),o(t),d(null)},after:s,setAfter:d}}var ue=20,sl=v(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function at(t){let n=E(sl,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(i=>({value:i.id,label:i.name}))];return e(q,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var ll=v(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function st({legend:t,value:n,onChange:r}){let[i,o]=y(""),[s,d]=y(""),a=E(ll,{search:z(s)}),c=new Set(n.map(D=>D.id)),u=(a.data?.partners.edges??[]).map(D=>D.node).filter(D=>!c.has(D.id)),p=(D,m)=>r(m?[...n,D]:n.filter(h=>h.id!==D.id)),b=pe();return e(K,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...u].map(D=>e("li",{children:[e("input",{id:`${b}-${D.id}`,type:"checkbox",checked:c.has(D.id),onChange:m=>p(D,m.currentTarget.checked)})," ",e("label",{for:`${b}-${D.id}`,children:D.name})]},D.id))}),u.length===0&&n.length===0&&e("p",{children:l("partnerNone")}),e("div",{class:"content-inline",children:[e(P,{label:l("partnerSearch"),type:"search",value:i,onInput:o}),e(S,{onClick:()=>d(i),children:l("apply")})]})]})}var Si=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],$i=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],dl=v(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Pi(t){let n=qe({search:"",kind:"",status:""}),r={search:z(n.filter.search),kind:z(n.filter.kind),status:z(n.filter.status)},i=E(dl,{first:ue,after:n.after,filter:r});return e(Ae,{title:l("listAgreements"),newLabel:l("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(R,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:o=>n.setDraft({...n.draft,search:o}),help:l("searchHelp")}),e(q,{label:l("agreementKind"),value:n.draft.kind,onChange:o=>n.setDraft({...n.draft,kind:o}),options:me(Si,o=>l(`ak${o}`),l("any"))}),e(q,{label:l("agreementStatus"),value:n.draft.status,onChange:o=>n.setDraft({...n.draft,status:o}),options:me($i,o=>l(`as${o}`),l("any"))})]}),children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listAgreements"),testid:"agreement-list",page:i.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colTitle"),cell:o=>e("a",{href:_(`/content/agreements/${o.id}`),children:o.title})},{header:l("parties"),cell:o=>o.parties.map(s=>s.name).join("、")||"—"},{header:l("colKind"),cell:o=>l(`ak${o.kind}`)},{header:l("colSigned"),cell:o=>J(o.signedOn)||"—"},{header:l("colStatus"),cell:o=>l(`as${o.status}`)},{header:l("colState"),cell:o=>e(Ie,{state:o.publicationState,publishedAt:o.publishedAt})},{header:l("colUpdated"),cell:o=>F(o.updatedAt)}]})]})}var ul=v(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),pl=v(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),cl=v(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ml=v(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),gl={...we,custom:$e,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Ii(t){return{...Te(t),customFields:be(t.custom),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:z(t.signedOn),termStartOn:z(t.termStartOn),termEndOn:z(t.termEndOn),items:Xe(t.items,!0),merits:ot(t.merits),status:t.status}}function wi({params:t}){let n=t.id==="new",r=E(ul,{id:t.id??""},n),i=n?null:r.data?.agreement,o=Ce({q:r,item:i,blank:gl,toForm:a=>({...xe(a),custom:he(a.customFields),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(c=>({id:c.id,name:c.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:rt(a.merits),status:a.status}),create:async a=>(await x(pl,{input:Ii(a)})).createAgreement.id,update:(a,c)=>x(cl,{id:t.id,input:Ii(a),version:c}),path:a=>`/content/agreements/${a}`}),s=n?l("newAgreement"):l("editAgreement");if(!n&&!i)return e(R,{children:[e(se,{title:s,list:"/content/agreements",listLabel:l("listAgreements")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let d=o.form;return e(R,{children:[e(se,{title:s,list:"/content/agreements",listLabel:l("listAgreements"),children:i&&e("p",{class:"content-sub",children:l("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),o.save()},children:[e(B,{children:o.notice}),e(ve,{error:o.error,onReload:o.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>o.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(q,{label:l("agreementKind"),value:d.kind,onChange:a=>o.set("kind",a),options:me(Si,a=>l(`ak${a}`))}),e(q,{label:l("agreementStatus"),value:d.status,onChange:a=>o.set("status",a),options:me($i,a=>l(`as${a}`))})]}),e(H,{label:l("purpose"),value:d.purpose,onInput:a=>o.set("purpose",a),rows:4}),e(st,{legend:l("parties"),value:d.parties,onChange:a=>o.set("parties",a)}),e(H,{label:l("items"),value:d.items,onInput:a=>o.set("items",a),help:l("itemsHelp"),rows:5,testid:"field-items"}),e(De,{target:"AGREEMENT",value:d.custom,onChange:a=>o.set("custom",a)}),e(P,{label:l("signedOn"),type:"date",value:d.signedOn,onInput:a=>o.set("signedOn",a),help:J(d.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(P,{label:l("termStartOn"),type:"date",value:d.termStartOn,onInput:a=>o.set("termStartOn",a),help:J(d.termStartOn),testid:"field-term-start"}),e(P,{label:l("termEndOn"),type:"date",value:d.termEndOn,onInput:a=>o.set("termEndOn",a),help:J(d.termEndOn),testid:"field-term-end"})]}),e(it,{value:d.merits,onChange:a=>o.set("merits",a)}),e(Re,{form:d,set:(a,c)=>o.set(a,c),media:i?.media,url:i?.url}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:o.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(Ee,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:a=>x(ml,{id:a}),onChanged:o.reload,onRestored:o.reload}),e(Fe,{contentId:i.id,media:i.media,onChanged:o.reload}),e(Ne,{id:i.id,version:i.version,onRestored:o.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var fl=v(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ti(t){let n=qe({search:"",category:""}),r={search:z(n.filter.search),category:z(n.filter.category)},i=E(fl,{first:ue,after:n.after,filter:r});return e(Ae,{title:l("listAnnouncements"),newLabel:l("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(R,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:o=>n.setDraft({...n.draft,search:o}),help:l("searchHelp")}),e(P,{label:l("annCategory"),value:n.draft.category,onInput:o=>n.setDraft({...n.draft,category:o}),help:l("annCategoryHelp")})]}),children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listAnnouncements"),testid:"announcement-list",page:i.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colTitle"),cell:o=>e("a",{href:_(`/content/announcements/${o.id}`),children:o.title})},{header:l("colCategory"),cell:o=>o.category||"—"},{header:l("colState"),cell:o=>e(Ie,{state:o.publicationState,publishedAt:o.publishedAt})},{header:l("colUpdated"),cell:o=>F(o.updatedAt)}]})]})}var yl=v(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),hl=v(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),bl=v(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Dl=v(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Cl={...we,title:"",body:"",category:"",custom:$e};function xi(t){return{...Te(t),title:t.title,body:t.body,category:t.category,customFields:be(t.custom)}}function Ri({params:t}){let n=t.id==="new",r=E(yl,{id:t.id??""},n),i=n?null:r.data?.announcement,o=Ce({q:r,item:i,blank:Cl,toForm:a=>({...xe(a),title:a.title,body:a.body,category:a.category,custom:he(a.customFields)}),create:async a=>(await x(hl,{input:xi(a)})).createAnnouncement.id,update:(a,c)=>x(bl,{id:t.id,input:xi(a),version:c}),path:a=>`/content/announcements/${a}`}),s=n?l("newAnnouncement"):l("editAnnouncement");if(!n&&!i)return e(R,{children:[e(se,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let d=o.form;return e(R,{children:[e(se,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements"),children:i&&e("p",{class:"content-sub",children:l("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),o.save()},children:[e(B,{children:o.notice}),e(ve,{error:o.error,onReload:o.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>o.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("annCategory"),value:d.category,onInput:a=>o.set("category",a),help:l("annCategoryHelp"),maxLength:50}),e(H,{label:l("body"),value:d.body,onInput:a=>o.set("body",a),rows:10,testid:"field-body"}),e(Re,{form:d,set:(a,c)=>o.set(a,c),media:i?.media,url:i?.url}),e(De,{target:"ANNOUNCEMENT",value:d.custom,onChange:a=>o.set("custom",a)}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:o.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(Ee,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:a=>x(Dl,{id:a}),onChanged:o.reload,onRestored:o.reload}),e(Fe,{contentId:i.id,media:i.media,onChanged:o.reload}),e(Ne,{id:i.id,version:i.version,onRestored:o.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ni=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],vl=v(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Fi(t){let n=qe({search:"",category:"",locality:""}),r={search:z(n.filter.search),category:z(n.filter.category)??null,locality:z(n.filter.locality)},i=E(vl,{first:ue,after:n.after,filter:r});return e(Ae,{title:l("listCaseStudies"),newLabel:l("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(R,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:o=>n.setDraft({...n.draft,search:o}),help:l("searchHelp")}),e(q,{label:l("category"),value:n.draft.category,onChange:o=>n.setDraft({...n.draft,category:o}),options:me(Ni,o=>l(`cat${o}`),l("any"))}),e(P,{label:l("locality"),value:n.draft.locality,onInput:o=>n.setDraft({...n.draft,locality:o})})]}),children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listCaseStudies"),testid:"case-study-list",page:i.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colTitle"),cell:o=>e("a",{href:_(`/content/case-studies/${o.id}`),children:o.title})},{header:l("colLocality"),cell:o=>o.locality||"—"},{header:l("colCategory"),cell:o=>l(`cat${o.category}`)},{header:l("colPeriod"),cell:o=>o.startOn||o.endOn?`${J(o.startOn)} 〜 ${J(o.endOn)}`:"—"},{header:l("colState"),cell:o=>e(Ie,{state:o.publicationState,publishedAt:o.publishedAt})},{header:l("colUpdated"),cell:o=>F(o.updatedAt)}]})]})}var Al=v(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),kl=v(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),Il=v(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Sl=v(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),$l={...we,custom:$e,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function Ei(t){return{...Te(t),customFields:be(t.custom),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:z(t.startOn),endOn:z(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:Ot(t.resources),merits:ot(t.merits),tags:Xe(t.tags)}}function qi({params:t}){let n=t.id==="new",r=E(Al,{id:t.id??""},n),i=n?null:r.data?.caseStudy,o=Ce({q:r,item:i,blank:$l,toForm:a=>({...xe(a),custom:he(a.customFields),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(c=>({id:c.id,name:c.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:Lt(a.resources),merits:rt(a.merits),tags:a.tags.join("、")}),create:async a=>(await x(kl,{input:Ei(a)})).createCaseStudy.id,update:(a,c)=>x(Il,{id:t.id,input:Ei(a),version:c}),path:a=>`/content/case-studies/${a}`}),s=n?l("newCaseStudy"):l("editCaseStudy");if(!n&&!i)return e(R,{children:[e(se,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let d=o.form;return e(R,{children:[e(se,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies"),children:i&&e("p",{class:"content-sub",children:l("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),o.save()},children:[e(B,{children:o.notice}),e(ve,{error:o.error,onReload:o.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>o.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(P,{label:l("locality"),value:d.locality,onInput:a=>o.set("locality",a),help:l("localityHelp"),maxLength:100,testid:"field-locality"}),e(P,{label:l("program"),value:d.program,onInput:a=>o.set("program",a),maxLength:100})]}),e(q,{label:l("category"),value:d.category,onChange:a=>o.set("category",a),options:me(Ni,a=>l(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:d.startOn,onInput:a=>o.set("startOn",a),help:J(d.startOn),testid:"field-start"}),e(P,{label:l("endOn"),type:"date",value:d.endOn,onInput:a=>o.set("endOn",a),help:J(d.endOn),testid:"field-end"})]}),e(P,{label:l("dateNote"),value:d.dateNote,onInput:a=>o.set("dateNote",a),help:l("dateNoteHelp"),maxLength:250}),e(H,{label:l("summary"),value:d.summary,onInput:a=>o.set("summary",a),rows:6,testid:"field-summary"}),e(De,{target:"CASE_STUDY",value:d.custom,onChange:a=>o.set("custom",a)}),e(st,{legend:l("partners"),value:d.partners,onChange:a=>o.set("partners",a)}),e(Bt,{value:d.resources,onChange:a=>o.set("resources",a)}),e(it,{value:d.merits,onChange:a=>o.set("merits",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>o.set("tags",a),help:l("tagsHelp")}),e(Re,{form:d,set:(a,c)=>o.set(a,c),media:i?.media,url:i?.url}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:o.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(Ee,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:a=>x(Sl,{id:a}),onChanged:o.reload,onRestored:o.reload}),e(Fe,{contentId:i.id,media:i.media,onChanged:o.reload}),e(Ne,{id:i.id,version:i.version,onRestored:o.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Pl=v(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function _i(t){let n=qe({search:"",departmentId:"",isOpen:""}),r={search:z(n.filter.search),departmentId:z(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},i=E(Pl,{first:ue,after:n.after,filter:r});return e(Ae,{title:l("listChallenges"),newLabel:l("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(R,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:o=>n.setDraft({...n.draft,search:o}),help:l("searchHelp")}),e(at,{label:l("department"),value:n.draft.departmentId,onChange:o=>n.setDraft({...n.draft,departmentId:o}),noneLabel:l("any")}),e(q,{label:l("isOpen"),value:n.draft.isOpen,onChange:o=>n.setDraft({...n.draft,isOpen:o}),options:[{value:"",label:l("any")},{value:"true",label:l("open")},{value:"false",label:l("closed")}]})]}),children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listChallenges"),testid:"challenge-list",page:i.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colTitle"),cell:o=>e("a",{href:_(`/content/challenges/${o.id}`),children:o.title})},{header:l("colDepartment"),cell:o=>o.department?.name??"—"},{header:l("colPeriod"),cell:o=>o.opensAt||o.closesAt?`${F(o.opensAt)} 〜 ${F(o.closesAt)}`:"—"},{header:l("colState"),cell:o=>e(Ie,{state:o.publicationState,publishedAt:o.publishedAt})},{header:l("colUpdated"),cell:o=>F(o.updatedAt)}]})]})}var wl=v(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),xl=v(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),Tl=v(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Rl=v(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),El={...we,custom:$e,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Mi(t){return{...Te(t),customFields:be(t.custom),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:z(t.departmentId),tags:Xe(t.tags),opensAt:nt(t.opensAt),closesAt:nt(t.closesAt)}}function Li({params:t}){let n=t.id==="new",r=E(wl,{id:t.id??""},n),i=n?null:r.data?.challenge,o=Ce({q:r,item:i,blank:El,toForm:a=>({...xe(a),custom:he(a.customFields),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:mn(a.opensAt),closesAt:mn(a.closesAt)}),create:async a=>(await x(xl,{input:Mi(a)})).createChallenge.id,update:(a,c)=>x(Tl,{id:t.id,input:Mi(a),version:c}),path:a=>`/content/challenges/${a}`}),s=n?l("newChallenge"):l("editChallenge");if(!n&&!i)return e(R,{children:[e(se,{title:s,list:"/content/challenges",listLabel:l("listChallenges")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let d=o.form;return e(R,{children:[e(se,{title:s,list:"/content/challenges",listLabel:l("listChallenges"),children:i&&e("p",{class:"content-sub",children:l("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),o.save()},children:[e(B,{children:o.notice}),e(ve,{error:o.error,onReload:o.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>o.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(at,{label:l("department"),value:d.departmentId,onChange:a=>o.set("departmentId",a),noneLabel:l("noDepartment"),testid:"field-department"}),e(H,{label:l("background"),value:d.background,onInput:a=>o.set("background",a),rows:6}),e(H,{label:l("desiredOutcome"),value:d.desiredOutcome,onInput:a=>o.set("desiredOutcome",a),rows:4}),e(De,{target:"CHALLENGE",value:d.custom,onChange:a=>o.set("custom",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>o.set("tags",a),help:l("tagsHelp")}),e("div",{class:"content-pair",children:[e(P,{label:l("opensAt"),type:"datetime-local",value:d.opensAt,onInput:a=>o.set("opensAt",a),help:F(nt(d.opensAt))}),e(P,{label:l("closesAt"),type:"datetime-local",value:d.closesAt,onInput:a=>o.set("closesAt",a),help:F(nt(d.closesAt))})]}),e(Re,{form:d,set:(a,c)=>o.set(a,c),media:i?.media,url:i?.url}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:o.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(Ee,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:a=>x(Rl,{id:a}),onChanged:o.reload,onRestored:o.reload}),e(Fe,{contentId:i.id,media:i.media,onChanged:o.reload}),e(Ne,{id:i.id,version:i.version,onRestored:o.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Nl=v(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function Bi(t){let[n,r]=y(null),i=E(Nl,{first:ue,after:n});return e(Ae,{title:l("listMethods"),newLabel:l("newMethod"),newPath:"/content/methods/new",children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listMethods"),testid:"method-list",page:i.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colPosition"),cell:o=>o.position},{header:l("colName"),cell:o=>e("a",{href:_(`/content/methods/${o.id}`),children:o.name})},{header:l("colKey"),cell:o=>e("code",{children:o.key})}]})]})}var Fl=v(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),ql=v(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),Ml=v(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),_l=v(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),Ll=v(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Ol={key:"",name:"",description:"",position:"0"};function Oi(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function Ui({params:t}){let n=t.id==="new",r=E(Fl,{id:t.id??""},n),i=n?null:r.data?.collaborationMethod,o=Ce({q:r,item:i,blank:Ol,toForm:D=>({key:D.key,name:D.name,description:D.description,position:String(D.position)}),create:async D=>(await x(ql,{input:Oi(D)})).createCollaborationMethod.id,update:(D,m)=>x(Ml,{id:t.id,input:Oi(D),version:m}),path:D=>`/content/methods/${D}`}),[s,d]=y(!1),[a,c]=y(!1),u=M(async D=>{if(D){await x(Ll,{id:t.id}),c(!1),o.setNotice(l("restored")),o.reload();return}await x(_l,{id:t.id}),d(!1),c(!0),o.setNotice(l("deleted",{title:i?.name??""}))}),p=n?l("newMethod"):l("editMethod");if(a)return e(R,{children:[e(se,{title:p,list:"/content/methods",listLabel:l("listMethods")}),e(B,{children:o.notice}),e(I,{error:u.error}),e(S,{variant:"primary",busy:u.busy,onClick:()=>{u.run(!0)},"data-testid":"restore-deleted",children:l("restoreDeleted")})]});if(!n&&!i)return e(R,{children:[e(se,{title:p,list:"/content/methods",listLabel:l("listMethods")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let b=o.form;return e(R,{children:[e(se,{title:p,list:"/content/methods",listLabel:l("listMethods"),children:i&&e("p",{class:"content-sub",children:l("version",{n:i.version})})}),e("form",{class:"content-form",onSubmit:D=>{D.preventDefault(),o.save()},children:[e(B,{children:o.notice}),e(ve,{error:o.error,onReload:o.reload}),e(I,{error:u.error}),e(P,{label:l("name"),value:b.name,onInput:D=>o.set("name",D),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("methodKey"),value:b.key,onInput:D=>o.set("key",D),help:l("methodKeyHelp"),required:!0,maxLength:50}),e(H,{label:l("description"),value:b.description,onInput:D=>o.set("description",D),rows:6}),e(P,{label:l("position"),type:"number",value:b.position,onInput:D=>o.set("position",D)}),e("div",{class:"actions",children:[e(S,{type:"submit",variant:"primary",busy:o.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")}),i&&e(S,{variant:"danger",onClick:()=>d(!0),"data-testid":"delete",children:l("delete")})]})]}),e(oe,{open:s,title:l("confirmDelete"),confirmLabel:l("delete"),danger:!0,busy:u.busy,onConfirm:()=>{u.run(!1)},onCancel:()=>d(!1),children:e("p",{children:l("confirmDeleteBody",{title:i?.name??""})})})]})}var Bl=v(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function Ul(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=Ge();r&&(n.Authorization=`Bearer ${r}`);let i;try{i=await fetch(sn("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:Bl.toString(),variables:{token:t}})})}catch{throw new Z("NETWORK","")}let o=await i.json().catch(()=>({}));if(o.errors?.length){let s=o.errors[0].extensions?.code;throw new Z(s==="UNAUTHENTICATED"||s==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",o.errors[0].message)}if(!o.data)throw new Z("UNAVAILABLE",`HTTP ${i.status}`);return o.data}function lt({text:t}){return t?e(R,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function X({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function ji({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:l("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),Le.map(n=>e("th",{scope:"col",children:l(`side${n}`)},n))]})}),e("tbody",{children:_t.map(n=>e("tr",{children:[e("th",{scope:"row",children:l(`res${n}`)}),Le.map(r=>e("td",{class:"content-pre",children:t.filter(i=>i.side===r&&i.kind===n).map(i=>i.description).join(`
`)||"—"},r))]},n))})]})})}function fn({ms:t}){return e(R,{children:[e("h2",{children:l("merits")}),Le.map(n=>e("div",{children:[e("h3",{children:l("meritFor",{side:l(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,i)=>e("li",{children:r.description},i))})]},n))]})}function ht({media:t}){return t.length===0?null:e(R,{children:[e("h2",{children:l("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",gn(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function jl({n:t}){switch(t.__typename){case"Challenge":return e(R,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(X,{label:l("department"),value:t.department?.name}),e(X,{label:l("opensAt"),value:F(t.opensAt)}),e(X,{label:l("closesAt"),value:F(t.closesAt)}),e(X,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("background")}),e(lt,{text:t.background}),e("h2",{children:l("desiredOutcome")}),e(lt,{text:t.desiredOutcome}),e(ht,{media:t.media})]});case"CaseStudy":return e(R,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(X,{label:l("locality"),value:t.locality}),e(X,{label:l("program"),value:t.program}),e(X,{label:l("category"),value:l(`cat${t.caseCategory}`)}),e(X,{label:l("startOn"),value:J(t.startOn)}),e(X,{label:l("endOn"),value:J(t.endOn)}),e(X,{label:l("dateNote"),value:t.dateNote}),e(X,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")}),e(X,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("summary")}),e(lt,{text:t.summary}),e(ji,{rs:t.resources}),e(fn,{ms:t.merits}),e(ht,{media:t.media})]});case"Agreement":return e(R,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(X,{label:l("agreementKind"),value:l(`ak${t.agreementKind}`)}),e(X,{label:l("agreementStatus"),value:l(`as${t.agreementStatus}`)}),e(X,{label:l("parties"),value:t.parties.map(n=>n.name).join("、")}),e(X,{label:l("signedOn"),value:J(t.signedOn)}),e(X,{label:l("termStartOn"),value:J(t.termStartOn)}),e(X,{label:l("termEndOn"),value:J(t.termEndOn)})]}),e("h2",{children:l("purpose")}),e(lt,{text:t.purpose}),e("h2",{children:l("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(fn,{ms:t.merits}),e(ht,{media:t.media})]});case"Project":return e(R,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(X,{label:l("projectKind"),value:l(`pk${t.projectKind}`)}),e(X,{label:l("projectStatus"),value:l(`ps${t.projectStatus}`)}),e(X,{label:l("leadDepartment"),value:t.leadDepartment?.name}),e(X,{label:l("startOn"),value:J(t.startOn)}),e(X,{label:l("endOn"),value:J(t.endOn)}),e(X,{label:l("site"),value:t.site}),e(X,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:l("summary")}),e(lt,{text:t.summary}),e(ji,{rs:t.resources}),e(fn,{ms:t.merits}),e(ht,{media:t.media})]});case"Announcement":return e(R,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(X,{label:l("annCategory"),value:t.category})}),e(lt,{text:t.body}),e(ht,{media:t.media})]});default:return e("h1",{children:l("previewTitle")})}}function Vi({params:t}){let n=t.token??"",[r,i]=y(null),[o,s]=y(null);return ne(()=>{let d=!0;return i(null),s(null),Ul(n).then(a=>d&&i(a),a=>d&&s(a instanceof Z?a:new Z("INTERNAL",String(a)))),()=>{d=!1}},[n]),o?e(R,{children:[e("h1",{children:l("previewTitle")}),o.code==="NOT_FOUND"?e("p",{role:"alert",children:l("previewGone")}):e(I,{error:o})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(j,{tone:"warning",icon:"◎",children:l("previewTitle")})," ",l("previewNote")]}),e(jl,{n:r.preview})]}):e(R,{children:[e("h1",{children:l("previewTitle")}),e("p",{role:"alert",children:l("previewGone")})]}):e(V,{label:C("loading")})}var Ki=["PARTNERSHIP","DEMONSTRATION"],Qi=["PLANNED","ONGOING","COMPLETED","CANCELLED"],Vl=v(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Wi(t){let n=qe({search:"",kind:"",status:"",departmentId:""}),r={search:z(n.filter.search),kind:z(n.filter.kind),status:z(n.filter.status),departmentId:z(n.filter.departmentId)},i=E(Vl,{first:ue,after:n.after,filter:r});return e(Ae,{title:l("listProjects"),newLabel:l("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(R,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:o=>n.setDraft({...n.draft,search:o}),help:l("searchHelp")}),e(q,{label:l("projectKind"),value:n.draft.kind,onChange:o=>n.setDraft({...n.draft,kind:o}),options:me(Ki,o=>l(`pk${o}`),l("any"))}),e(q,{label:l("projectStatus"),value:n.draft.status,onChange:o=>n.setDraft({...n.draft,status:o}),options:me(Qi,o=>l(`ps${o}`),l("any"))}),e(at,{label:l("leadDepartment"),value:n.draft.departmentId,onChange:o=>n.setDraft({...n.draft,departmentId:o}),noneLabel:l("any")})]}),children:[e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),e(ee,{caption:l("listProjects"),testid:"project-list",page:i.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:o=>o.id,pageSize:ue,columns:[{header:l("colTitle"),cell:o=>e("a",{href:_(`/content/projects/${o.id}`),children:o.title})},{header:l("colKind"),cell:o=>l(`pk${o.kind}`)},{header:l("colDepartment"),cell:o=>o.leadDepartment?.name??"—"},{header:l("colPeriod"),cell:o=>o.startOn||o.endOn?`${J(o.startOn)} 〜 ${J(o.endOn)}`:"—"},{header:l("colStatus"),cell:o=>l(`ps${o.status}`)},{header:l("colState"),cell:o=>e(Ie,{state:o.publicationState,publishedAt:o.publishedAt})},{header:l("colUpdated"),cell:o=>F(o.updatedAt)}]})]})}var Hl=v(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Kl=v(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Ql=v(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Wl=v(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),zl=v(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Jl={...we,custom:$e,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function Hi(t){return{...Te(t),customFields:be(t.custom),kind:t.kind,title:t.title,summary:t.summary,startOn:z(t.startOn),endOn:z(t.endOn),site:t.site,leadDepartmentId:z(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:Ot(t.resources),merits:ot(t.merits),status:t.status,agreementId:z(t.agreementId)}}function zi({params:t}){let n=t.id==="new",r=E(Hl,{id:t.id??""},n),i=E(Kl,{}),o=n?null:r.data?.project,s=Ce({q:r,item:o,blank:Jl,toForm:u=>({...xe(u),custom:he(u.customFields),kind:u.kind,title:u.title,summary:u.summary,startOn:u.startOn??"",endOn:u.endOn??"",site:u.site,leadDepartmentId:u.leadDepartment?.id??"",partners:u.partners.map(p=>({id:p.id,name:p.name})),resources:Lt(u.resources),merits:rt(u.merits),status:u.status,agreementId:u.agreement?.id??""}),create:async u=>(await x(Ql,{input:Hi(u)})).createProject.id,update:(u,p)=>x(Wl,{id:t.id,input:Hi(u),version:p}),path:u=>`/content/projects/${u}`}),d=n?l("newProject"):l("editProject");if(!n&&!o)return e(R,{children:[e(se,{title:d,list:"/content/projects",listLabel:l("listProjects")}),r.loading?e(V,{label:C("loading")}):e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")})]});let a=s.form,c=[{value:"",label:l("noAgreement")},...(i.data?.agreements.edges??[]).map(u=>({value:u.node.id,label:u.node.title}))];return o?.agreement&&!c.some(u=>u.value===o.agreement.id)&&c.push({value:o.agreement.id,label:o.agreement.title}),e(R,{children:[e(se,{title:d,list:"/content/projects",listLabel:l("listProjects"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:u=>{u.preventDefault(),s.save()},children:[e(B,{children:s.notice}),e(ve,{error:s.error,onReload:s.reload}),e(P,{label:l("name"),value:a.title,onInput:u=>s.set("title",u),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(q,{label:l("projectKind"),value:a.kind,onChange:u=>s.set("kind",u),options:me(Ki,u=>l(`pk${u}`))}),e(q,{label:l("projectStatus"),value:a.status,onChange:u=>s.set("status",u),options:me(Qi,u=>l(`ps${u}`))})]}),e(at,{label:l("leadDepartment"),value:a.leadDepartmentId,onChange:u=>s.set("leadDepartmentId",u),noneLabel:l("noDepartment"),testid:"field-department"}),e(H,{label:l("summary"),value:a.summary,onInput:u=>s.set("summary",u),rows:6}),e(De,{target:"PROJECT",value:a.custom,onChange:u=>s.set("custom",u)}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:a.startOn,onInput:u=>s.set("startOn",u),help:J(a.startOn)}),e(P,{label:l("endOn"),type:"date",value:a.endOn,onInput:u=>s.set("endOn",u),help:J(a.endOn)})]}),e(P,{label:l("site"),value:a.site,onInput:u=>s.set("site",u)}),e(st,{legend:l("partners"),value:a.partners,onChange:u=>s.set("partners",u)}),e(Bt,{value:a.resources,onChange:u=>s.set("resources",u)}),e(it,{value:a.merits,onChange:u=>s.set("merits",u)}),e(q,{label:l("agreement"),value:a.agreementId,onChange:u=>s.set("agreementId",u),options:c}),e(Re,{form:a,set:(u,p)=>s.set(u,p),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Ee,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:u=>x(zl,{id:u}),onChanged:s.reload,onRestored:s.reload}),e(Fe,{contentId:o.id,media:o.media,onChanged:s.reload}),e(Ne,{id:o.id,version:o.version,onRestored:s.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ji=[{path:"/content/challenges/:id",component:Li,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:_i,nav:{label:()=>l("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:qi,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:Fi,nav:{label:()=>l("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:wi,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Pi,nav:{label:()=>l("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:zi,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:Wi,nav:{label:()=>l("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:Ri,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:Ti,nav:{label:()=>l("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:Ui,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:Bi,nav:{label:()=>l("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:Vi,permission:{resource:"content",action:"preview"}}];var g=le({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",answeredAt:"回答日時",notAnswered:"未回答",forwardedTo:"共有先の担当課",notForwarded:"（共有していません）",repliesTitle:"差出人への回答",noReplies:"まだ回答していません。",replySentBy:"{name}（{at}）",replyTitle:"差出人にメールで回答する",replyHelp:"{email} あてに送信し、このお問い合わせに記録します。送信後は取り消せません。",replySubject:"件名",replySubjectHelp:"省略すると「{subject}」になります。",replyBody:"回答の本文",replySend:"回答を送信する",replySentNotice:"{email} あてに回答を送信しました。",forwardTitle:"担当課に共有する",forwardHelp:"共有した担当課の職員は、このお問い合わせを閲覧できるようになり、メールで知らせが届きます。差出人への回答はデスクが行います。",forwardDepartments:"共有先の担当課",forwardNote:"担当課への連絡（任意）",forwardNoteHelp:"お知らせのメールに記載されます。",forwardSend:"共有する",forwardedNotice:"{names} に共有しました。",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",answeredAt:"Answered",notAnswered:"Not yet",forwardedTo:"Forwarded to",notForwarded:"(not forwarded)",repliesTitle:"Answers to the sender",noReplies:"No answer yet.",replySentBy:"{name} ({at})",replyTitle:"Answer the sender by email",replyHelp:"Sent to {email} and recorded with this inquiry. It cannot be taken back.",replySubject:"Subject",replySubjectHelp:'Left empty: "{subject}".',replyBody:"Answer",replySend:"Send the answer",replySentNotice:"The answer was sent to {email}.",forwardTitle:"Forward to departments",forwardHelp:"Staff of the chosen departments can then read this inquiry and are told by email. The desk answers the sender.",forwardDepartments:"Departments",forwardNote:"Note to the departments (optional)",forwardNoteHelp:"Included in the email they receive.",forwardSend:"Forward",forwardedNotice:"Forwarded to {names}.",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});var G=le({nav:"統計",title:"統計",intro:"期間内に提出された提案の件数と、その現在の状況です。年度は4月1日〜3月31日、日付はすべて日本時間です。下書きは数えません。",period:"集計期間",from:"開始日",to:"終了日",groupBy:"集計単位",byFiscalYear:"年度ごと",byMonth:"月ごと",show:"表示する",download:"CSV をダウンロード",downloaded:"CSV をダウンロードしました。",badRange:"開始日と終了日を正しく入力してください（終了日は開始日以降）。",caption:"提案の受付と結果（{from}〜{to}、{by}）",schemeCaption:"希望する連携手法別の受付件数（期間全体）",colPeriod:"期間",colReceived:"受付",colFree:"自由提案",colChallenge:"課題提案",colAssigned:"担当課へ依頼",colAccepted:"採択",colDeclined:"不採択",colWithdrawn:"取下げ",colProjects:"事業化",colAgreements:"協定締結",colFirstResponse:"初回対応までの日数 中央値／90%",colDecision:"採否決定までの日数 中央値／90%",colScheme:"連携手法",colCount:"件数",total:"合計",none:"—",days:"{median}日／{p90}日",noSchemes:"この期間に受け付けた提案はありません。",definitions:"初回対応：提案者に見える職員のメッセージ、または職員による最初の状態変更のうち早い方。中央値と90%はnearest-rank法（小さい順に並べて件数×割合を切り上げた順位の値）。"},{nav:"Statistics",title:"Statistics",intro:"Proposals submitted in the range and what became of them. A fiscal year runs April 1 to March 31; all dates are Japan time. Drafts never count.",period:"Range",from:"From",to:"To",groupBy:"Group by",byFiscalYear:"Fiscal year",byMonth:"Month",show:"Show",download:"Download CSV",downloaded:"The CSV was downloaded.",badRange:"Enter a valid range (the end on or after the start).",caption:"Proposals received and their outcome ({from} – {to}, {by})",schemeCaption:"Received by desired scheme (whole range)",colPeriod:"Period",colReceived:"Received",colFree:"Free",colChallenge:"Challenge",colAssigned:"Assigned",colAccepted:"Accepted",colDeclined:"Declined",colWithdrawn:"Withdrawn",colProjects:"Became projects",colAgreements:"Became agreements",colFirstResponse:"Days to first response (median / p90)",colDecision:"Days to decision (median / p90)",colScheme:"Scheme",colCount:"Count",total:"Total",none:"—",days:"{median} / {p90} days",noSchemes:"No proposal was received in this range.",definitions:"First response: the first staff message the proposer can read or the first status change by staff, whichever came first. Median and p90 are nearest-rank (the value at rank ceil(count × p) in ascending order)."});function Ve(t){let n=new Set(t.map(a=>a.id)),r=new Map,i=[];for(let a of t){let c=a.parent?.id;c&&n.has(c)&&c!==a.id?r.set(c,[...r.get(c)??[],a]):i.push(a)}let o=new Set,s=(a,c)=>{if(o.has(a.id))return null;o.add(a.id);let u=(r.get(a.id)??[]).map(p=>s(p,c+1)).filter(p=>p!==null);return{dept:a,depth:c,children:u}},d=i.map(a=>s(a,0)).filter(a=>a!==null);for(let a of t){let c=o.has(a.id)?null:s(a,0);c&&d.push(c)}return d}function He(t){return t.flatMap(n=>[n,...He(n.children)])}function Ze(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function Gi(t,n){let r=new Set([n]),i=!0;for(;i;){i=!1;for(let o of t){let s=o.parent?.id;s&&r.has(s)&&!r.has(o.id)&&(r.add(o.id),i=!0)}}return r}var Gl=v(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Yl=v(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Xl=v(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),Zl=v(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),ed=v(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),Yi=20,Xi=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function et(t){return g(`role${t}`)}function td(t){return Xi.includes(t)?t:null}function Zi({query:t}){let n=td(t.get("role")),r=t.get("q")??"",i=`${n}|${r}`,[o,s]=Pe(i),d=i,[a,c]=y(r),[u,p]=y(""),[b,D]=y(!1),[m,h]=y(null),A=ce(),$=ye().me,U=E(Gl,{first:Yi,after:o,filter:{role:n,search:r||null}}),O=M(async T=>{T.disable?await x(Zl,{id:T.id}):await x(ed,{id:T.id}),h(null),p(g(T.disable?"disabledNotice":"enabledNotice",{name:T.name})),await U.reload()}),L=(T,ke)=>ae("/desk/accounts",{role:T||void 0,q:ke.trim()||void 0});return e("section",{children:[e("h1",{children:g("accountsTitle")}),e(B,{children:u}),A("account","createStaff")&&!b&&e("div",{class:"actions",children:e(S,{variant:"primary",onClick:()=>D(!0),"data-testid":"staff-new",children:g("newStaff")})}),b&&e(nd,{onDone:T=>{D(!1),p(g("createdStaffNotice",{name:T})),U.reload()},onCancel:()=>D(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:T=>{T.preventDefault(),L(n??"",a)},children:[e(q,{label:g("role"),value:n??"",testid:"account-role",onChange:T=>L(T,a),options:[{value:"",label:g("all")},...Xi.map(T=>({value:T,label:et(T)}))]}),e(P,{label:g("search"),type:"search",value:a,onInput:c,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e(S,{type:"submit",children:g("apply")}),(n||r)&&e(S,{variant:"link",onClick:()=>{c(""),L("","")},children:g("clearFilters")})]})]}),e(I,{error:U.error,onRetry:()=>{U.reload()},retryLabel:C("retry")}),e(ee,{caption:g("accountsCaption"),testid:"accounts",page:U.data?.users,after:o,onAfter:s,resetKey:d,pageSize:Yi,rowKey:T=>T.id,columns:[{header:g("displayName"),cell:T=>T.displayName},{header:g("email"),cell:T=>T.email??"—"},{header:g("role"),cell:T=>et(T.role),class:"desk-nowrap"},{header:g("belongsTo"),cell:T=>T.department?.name??T.organization?.name??"—"},{header:g("status"),cell:T=>T.disabled?e(j,{tone:"danger",icon:"×",children:g("accountDisabled")}):e(j,{tone:"success",icon:"✓",children:g("accountActive")})},{header:g("createdAt"),cell:T=>F(T.createdAt),class:"desk-nowrap"},{header:g("actions"),cell:T=>A("account","disable")&&T.id!==$.id?e(S,{variant:T.disabled?"secondary":"danger","aria-label":`${g(T.disabled?"enable":"disable")}: ${T.displayName}`,"data-testid":`account-toggle-${T.id}`,onClick:()=>h({id:T.id,name:T.displayName,disable:!T.disabled}),children:g(T.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(oe,{open:m!==null,title:m?g(m.disable?"disableConfirm":"enableConfirm",{name:m.name}):"",confirmLabel:m?g(m.disable?"disable":"enable"):void 0,danger:m?.disable,busy:O.busy,onConfirm:()=>m&&void O.run(m),onCancel:()=>{O.clear(),h(null)},children:[e("p",{children:m?g(m.disable?"disableBody":"enableBody"):""}),O.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[g("cannotToggle")," ",C("serverSays",{msg:O.error.serverMessage})]}):e(I,{error:O.error})]})]})}function nd({onDone:t,onCancel:n}){let r=E(Yl,{}),[i,o]=y(""),[s,d]=y(""),[a,c]=y("DEPARTMENT"),[u,p]=y(""),[b,D]=y(""),m=M(async()=>{let $=await x(Xl,{input:{email:i,displayName:s,role:a,departmentId:u||null,password:b}});t($.createStaffAccount.displayName)}),h=$=>m.error?.field===`input.${$}`?m.error.clerkMessage():void 0,A=He(Ve(r.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:$=>{$.preventDefault(),m.run()},children:[e("h2",{id:"staff-form-title",children:g("newStaffTitle")}),e(I,{error:r.error}),e(q,{label:g("staffRole"),required:!0,value:a,testid:"staff-role",onChange:$=>c($),options:["DEPARTMENT","DESK"].map($=>({value:$,label:et($)}))}),e(q,{label:g("department"),required:a==="DEPARTMENT",help:g("departmentHelp"),error:h("departmentId"),value:u,testid:"staff-department",onChange:p,options:[{value:"",label:g("departmentNone")},...A.map($=>({value:$.dept.id,label:Ze($.dept.name,$.depth)}))]}),e(P,{label:g("displayName"),required:!0,value:s,onInput:d,error:h("displayName"),testid:"staff-name",autocomplete:"off"}),e(P,{label:g("email"),type:"email",required:!0,value:i,onInput:o,error:h("email"),testid:"staff-email",autocomplete:"off"}),e(P,{label:g("initialPassword"),type:"password",required:!0,value:b,onInput:D,help:g("initialPasswordHelp"),error:h("password"),testid:"staff-password",autocomplete:"new-password"}),e(I,{error:m.error}),e("div",{class:"actions",children:[e(S,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"staff-create",children:g("create")}),e(S,{onClick:n,children:C("cancel")})]})]})}var rd=v(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),od=v(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),ea=50,oa=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],ia=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function ta(t,n){let r=t.find(i=>i.value.toLowerCase()===n.toLowerCase());return r?fe()==="en"?r.en:r.ja:void 0}function na(t){return`${t}T00:00:00+09:00`}function id(t){let[n,r,i]=t.split("-").map(Number);return new Date(Date.UTC(n,r-1,i+1)).toISOString().slice(0,10)}var ra=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function ad(t){let n={},r=t.get("from"),i=t.get("to");return ra(r)&&(n.from=na(r)),ra(i)&&(n.to=na(id(i))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function sd(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return _(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return _(`/proposals/${n}`);case"department":return _("/desk/departments",{id:t.targetId});case"webhook":return _(`/desk/webhooks/${n}`);default:return null}}function ld(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function aa({query:t}){let n=ad(t),r=JSON.stringify(n),[i,o]=Pe(r),s=E(rd,{first:ea,after:i,filter:n}),d=(a,c)=>{let u=Object.fromEntries(t.entries());u[a]=c,ae("/desk/audit",u)};return e("section",{children:[e("h1",{children:g("auditTitle")}),e("p",{children:g("auditIntro")}),e(dd,{query:t},t.toString()),t.get("target")&&e("p",{children:[g("onlyTarget",{id:t.get("target")})," ",e(S,{variant:"link",onClick:()=>d("target",void 0),children:g("showAllTargets")})]}),e(I,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(ee,{caption:g("auditCaption"),testid:"audit",page:s.data?.auditLog,after:i,onAfter:o,resetKey:r,pageSize:ea,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:g("at"),cell:a=>F(a.at),class:"desk-nowrap"},{header:g("actor"),cell:a=>a.actor?.displayName??g("system")},{header:g("action"),cell:a=>e(R,{children:[ta(oa,a.action)??""," ",e("code",{children:a.action})]})},{header:g("target"),cell:a=>{let c=sd(a),u=`${ta(ia,a.targetType)??a.targetType} ${a.targetId}`;return e(R,{children:[c?e("a",{href:c,children:u}):u,t.get("target")!==a.targetId&&e(R,{children:[" ",e("a",{href:_("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:g("thisTargetOnly")})]})]})},class:"desk-break"},{header:g("changes"),cell:a=>ld(a.changes),class:"desk-break"}]})]})}function dd({query:t}){let n=E(od,{}),[r,i]=y(t.get("from")??""),[o,s]=y(t.get("to")??""),[d,a]=y(t.get("actor")??""),[c,u]=y(t.get("action")??""),[p,b]=y(t.get("type")??""),D=t.get("target")??void 0,m=["from","to","actor","action","type","target"].some(A=>t.get(A)),h=fe()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":g("filters"),onSubmit:A=>{A.preventDefault(),ae("/desk/audit",{from:r,to:o,actor:d,action:c,type:p,target:D})},children:[e(K,{legend:g("period"),class:"desk-period",children:[e(P,{label:g("fromDate"),type:"date",value:r,onInput:i,testid:"audit-from"}),e(P,{label:g("toDate"),type:"date",value:o,onInput:s,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(q,{label:g("actor"),value:d,onChange:a,testid:"audit-actor",options:[{value:"",label:g("all")},...(n.data?.users.edges??[]).map(A=>({value:A.node.id,label:`${A.node.displayName}（${et(A.node.role)}）`}))]}),e(q,{label:g("action"),value:c,onChange:u,testid:"audit-action",options:[{value:"",label:g("all")},...oa.map(A=>({value:A.value,label:h?A.en:A.ja}))]}),e(q,{label:g("targetType"),value:p,onChange:b,testid:"audit-type",options:[{value:"",label:g("all")},...ia.map(A=>({value:A.value,label:h?A.en:A.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e(S,{type:"submit",variant:"primary","data-testid":"audit-apply",children:g("apply")}),m&&e(S,{variant:"link",onClick:()=>ae("/desk/audit"),children:g("clearFilters")})]})]})}var ud=v(`
  query SettingsCustomFields($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      target
      labelJa
      labelEn
      type
      required
      visibility
      order
      choices {
        value
        labelJa
        labelEn
      }
      disclosureLevel
      disclosureReason
    }
  }
`),pd=v(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`),cd=v(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`),md=v(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`),sa=["PROPOSAL","CHALLENGE","AGREEMENT","PROJECT","CASE_STUDY","ANNOUNCEMENT"],gd=["TEXT","LONG_TEXT","NUMBER","DATE","SINGLE_CHOICE","MULTIPLE_CHOICE","BOOLEAN"],fd=["PUBLIC","PROPOSER","STAFF"],yd=["DISCLOSABLE","PERSONAL_DATA","PROTECTED_BUSINESS","WITHHELD_OTHER"];function la(t){return N(`target${t}`)}function hd(t){return E(ud,{target:t})}var bd={id:null,key:"",labelJa:"",labelEn:"",type:"TEXT",required:!1,visibility:"STAFF",order:"",choices:"",disclosureLevel:"",disclosureReason:""};function Dd(t){return{id:t.id,key:t.key,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:String(t.order),choices:t.choices.map(n=>[n.value,n.labelJa,n.labelEn].join("|")).join(`
`),disclosureLevel:t.disclosureLevel??"",disclosureReason:t.disclosureReason??""}}function Cd(t,n){let r=t.type==="SINGLE_CHOICE"||t.type==="MULTIPLE_CHOICE";return{...n==="PROPOSAL"?{disclosureLevel:t.disclosureLevel||null,disclosureReason:t.disclosureLevel&&t.disclosureReason.trim()||null}:{},key:t.key.trim(),target:n,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:t.order.trim()===""?null:Number(t.order),choices:r?t.choices.split(`
`).map(o=>o.trim()).filter(o=>o!=="").map(o=>{let[s="",d="",a=""]=o.split("|").map(c=>c.trim());return{value:s,labelJa:d||s,labelEn:a}}):null}}function da(t){let[n,r]=y(sa[0]),i=hd(n),[o,s]=y(null),[d,a]=y(""),[c,u]=y(null),p=M(async h=>{a("");let A=Cd(h,n);h.id?await x(cd,{id:h.id,input:A}):await x(pd,{input:A}),a(h.id?N("updated",{label:h.labelJa}):N("defined",{label:h.labelJa})),s(null),await i.reload()}),b=M(async h=>{a(""),await x(md,{id:h.id}),u(null),a(N("removed",{label:h.labelJa})),await i.reload()}),D=(h,A)=>s($=>$&&{...$,[h]:A}),m=i.data?.customFieldDefinitions??[];return e(R,{children:[e("h1",{children:N("title")}),e("p",{class:"help",children:N("intro")}),e(q,{label:N("target"),value:n,testid:"custom-field-target",onChange:h=>{r(h),s(null),a("")},options:sa.map(h=>({value:h,label:la(h)}))}),e(B,{children:d}),e(I,{error:i.error??b.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!i.data&&e(V,{label:C("loading")}),i.data&&m.length===0&&e("p",{"data-testid":"custom-fields-none",children:N("none")}),m.length>0&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"custom-fields",children:[e("caption",{children:N("caption",{target:la(n)})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:N("order")}),e("th",{scope:"col",children:N("labelJa")}),e("th",{scope:"col",children:N("key")}),e("th",{scope:"col",children:N("type")}),e("th",{scope:"col",children:N("visibility")}),e("th",{scope:"col",children:N("required")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:m.map(h=>e("tr",{children:[e("td",{children:h.order}),e("td",{children:[h.labelJa,h.labelEn&&e("span",{class:"help",children:[" / ",h.labelEn]})]}),e("td",{class:"desk-break",children:h.key}),e("td",{children:N(`type${h.type}`)}),e("td",{children:N(`visibility${h.visibility}`)}),e("td",{children:h.required?e(j,{tone:"warning",children:N("required")}):"—"}),e("td",{children:e("div",{class:"desk-row-actions",children:[e(S,{variant:"secondary",onClick:()=>s(Dd(h)),"aria-label":`${N("edit")}: ${h.labelJa}`,children:N("edit")}),e(S,{variant:"danger",onClick:()=>u(h),"aria-label":`${N("remove")}: ${h.labelJa}`,children:N("remove")})]})})]},h.id))})]})}),!o&&e("div",{class:"actions",children:e(S,{variant:"primary",onClick:()=>s({...bd}),"data-testid":"custom-field-new",children:N("define")})}),o&&e("form",{class:"desk-panel","data-testid":"custom-field-form",onSubmit:h=>{h.preventDefault(),p.run(o)},children:[e("h2",{children:o.id?N("editTitle",{label:o.labelJa}):N("defineTitle")}),e(I,{error:p.error}),e(P,{label:N("key"),value:o.key,onInput:h=>D("key",h),required:!0,maxLength:40,help:N("keyHelp"),testid:"custom-field-key"}),e(P,{label:N("labelJa"),value:o.labelJa,onInput:h=>D("labelJa",h),required:!0,maxLength:200,testid:"custom-field-label"}),e(P,{label:N("labelEn"),value:o.labelEn,onInput:h=>D("labelEn",h),maxLength:200}),e(q,{label:N("type"),value:o.type,onChange:h=>D("type",h),options:(o.id?[o.type]:gd).map(h=>({value:h,label:N(`type${h}`)})),help:N("typeFixed"),testid:"custom-field-type"}),(o.type==="SINGLE_CHOICE"||o.type==="MULTIPLE_CHOICE")&&e(H,{label:N("choices"),value:o.choices,onInput:h=>D("choices",h),rows:5,help:N("choicesHelp"),required:!0,testid:"custom-field-choices"}),e(q,{label:N("visibility"),value:o.visibility,onChange:h=>D("visibility",h),options:fd.map(h=>({value:h,label:N(`visibility${h}`)})),testid:"custom-field-visibility"}),n==="PROPOSAL"&&e(R,{children:[e(q,{label:N("disclosureLevel"),value:o.disclosureLevel,onChange:h=>D("disclosureLevel",h),options:[{value:"",label:N("disclosurePolicy")},...yd.map(h=>({value:h,label:W(`level${h}`)}))],help:N("disclosureHelp"),testid:"custom-field-disclosure-level"}),o.disclosureLevel!==""&&e(H,{label:N("disclosureReason"),value:o.disclosureReason,onInput:h=>D("disclosureReason",h),rows:2,required:o.disclosureLevel!=="DISCLOSABLE",help:N("disclosureReasonHelp"),testid:"custom-field-disclosure-reason"})]}),e(Se,{label:N("required"),checked:o.required,onChange:h=>D("required",h),help:N("requiredHelp"),testid:"custom-field-required"}),e(P,{label:N("order"),type:"number",value:o.order,onInput:h=>D("order",h)}),e("div",{class:"actions",children:[e(S,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"custom-field-save",children:N("save")}),e(S,{variant:"secondary",onClick:()=>{s(null),p.clear()},children:N("cancel")})]})]}),e(oe,{open:c!==null,title:c?N("removeTitle",{label:c.labelJa}):"",confirmLabel:N("remove"),danger:!0,busy:b.busy,onConfirm:()=>c&&void b.run(c),onCancel:()=>u(null),children:e("p",{children:N("removeBody")})})]})}var vd=v(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Ad=v(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),ua=v(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),kd=v(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Id=["BUREAU","DIVISION","SECTION"],pa=()=>Id.map(t=>({value:t,label:g(`kind${t}`)}));function bt(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function ca({query:t}){let n=E(vd,{}),r=ce(),[i,o]=y(""),s=t.get("id")??"",d=n.data?.municipality.departments??[],a=Ve(d),c=d.find(b=>b.id===s),u=r("department","write"),p=async(b,D)=>{o(b),await n.reload(),D!==void 0&&ae("/desk/departments",{id:D??void 0})};return e("section",{children:[e("h1",{children:g("departmentsTitle")}),e(B,{children:i}),e(I,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}),!n.data&&!n.error&&e(V,{label:C("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:g("departmentTree")}),a.length===0?e("p",{children:g("noDepartments")}):e(ma,{rows:a,selected:s})]}),u&&e("div",{class:"desk-side",children:[c?e(Sd,{dept:c,all:d,onDone:p},`${c.id}@${c.version}`):e("p",{class:"help",children:g("selectToEdit")}),e($d,{all:d,defaultParent:c?.id??"",onDone:p},`add-${c?.id??""}`)]})]})]})}function ma({rows:t,selected:n}){return e("ul",{children:t.map(r=>e("li",{children:[e("a",{href:_("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",e("span",{class:"desk-kind",children:["（",g(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&e(ma,{rows:r.children,selected:n})]},r.dept.id))})}function Sd({dept:t,all:n,onDone:r}){let[i,o]=y(t.name),[s,d]=y(t.kind),[a,c]=y(t.parent?.id??""),[u,p]=y(!1),b=M(async()=>{let $=await x(ua,{id:t.id,input:{name:i,kind:s},version:t.version});await r(g("savedDeptNotice",{name:$.updateDepartment.name}))}),D=M(async()=>{await x(ua,{id:t.id,input:{parentId:a},version:t.version}),await r(g("movedDeptNotice",{name:t.name}))}),m=M(async()=>{await x(kd,{id:t.id}),p(!1),await r(g("deletedDeptNotice",{name:t.name}),null)}),h=Gi(n,t.id),A=He(Ve(n)).filter($=>!h.has($.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:g("editDepartment",{name:t.name})}),e("form",{"aria-label":g("rename"),onSubmit:$=>{$.preventDefault(),b.run()},children:[e(P,{label:g("deptName"),required:!0,value:i,onInput:o,error:bt(b.error,"name"),testid:"dept-edit-name"}),e(q,{label:g("kind"),value:s,onChange:$=>d($),options:pa(),testid:"dept-edit-kind"}),e(I,{error:b.error}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-rename",children:g("rename")})})]}),e("form",{"aria-label":g("move"),onSubmit:$=>{$.preventDefault(),D.run()},children:[e(q,{label:g("moveTo"),help:g("moveHelp"),value:a,onChange:c,error:bt(D.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:g("parentTop")}],...A.map($=>({value:$.dept.id,label:Ze($.dept.name,$.depth)}))]}),e(I,{error:D.error}),e("div",{class:"actions",children:e(S,{type:"submit",busy:D.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:g("move")})})]}),e("div",{class:"actions",children:e(S,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:g("deleteDept")})}),e(oe,{open:u,title:g("deleteDeptConfirm",{name:t.name}),confirmLabel:g("deleteDept"),danger:!0,busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),p(!1)},children:[e("p",{children:g("deleteDeptBody")}),m.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[g("deptInUse"),e("br",{}),C("serverSays",{msg:m.error.serverMessage})]}),m.error&&m.error.code!=="CONFLICT"&&e(I,{error:m.error})]})]})}function $d({all:t,defaultParent:n,onDone:r}){let[i,o]=y(""),[s,d]=y("SECTION"),[a,c]=y(n),[u,p]=y(""),b=M(async()=>{let m=u.trim()===""?null:Number(u),h=await x(Ad,{input:{name:i,kind:s,parentId:a||null,position:m}});o(""),p(""),await r(g("addedDeptNotice",{name:h.createDepartment.name}),h.createDepartment.id)}),D=He(Ve(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:m=>{m.preventDefault(),b.run()},children:[e("h2",{id:"dept-add-title",children:g("newDepartment")}),e(P,{label:g("deptName"),required:!0,value:i,onInput:o,error:bt(b.error,"name"),testid:"dept-add-name"}),e(q,{label:g("kind"),value:s,onChange:m=>d(m),options:pa(),testid:"dept-add-kind"}),e(q,{label:g("parent"),value:a,onChange:c,error:bt(b.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:g("parentTop")},...D.map(m=>({value:m.dept.id,label:Ze(m.dept.name,m.depth)}))]}),e(P,{label:g("position"),type:"number",value:u,onInput:p,help:g("positionHelp"),error:bt(b.error,"position"),testid:"dept-add-position"}),e(I,{error:b.error}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-add",children:g("add")})})]})}var Pd=v(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),ga=20;function yn({status:t}){return t==="OPEN"?e(j,{tone:"warning",icon:"●",children:g("inquiryOpen")}):e(j,{tone:"success",icon:"✓",children:g("inquiryClosed")})}function wd(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function fa({query:t}){let n=wd(t),r=String(n),[i,o]=Pe(r),s=E(Pd,{first:ga,after:i,status:n});return e("section",{children:[e("h1",{children:g("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:d=>d.preventDefault(),children:e(q,{label:g("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>ae("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:g("inquiryOpen")},{value:"CLOSED",label:g("inquiryClosed")},{value:"ALL",label:g("all")}]})}),e(I,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(ee,{caption:g("inquiriesCaption"),testid:"inquiries",page:s.data?.inquiries,after:i,onAfter:o,resetKey:r,pageSize:ga,rowKey:d=>d.id,columns:[{header:g("receivedAt"),cell:d=>F(d.createdAt),class:"desk-nowrap"},{header:g("subject"),cell:d=>e("a",{href:_(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:g("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:g("inquiryStatus"),cell:d=>e(yn,{status:d.status})}]})]})}var xd=v(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
        answeredAt
        forwardedTo {
          id
          name
        }
        replies {
          id
          subject
          body
          sentBy
          sentAt
        }
      }
    }
  }
`),Td=v(`
  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
    replyToInquiry(id: $id, input: $input) {
      id
      answeredAt
    }
  }
`),Rd=v(`
  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
      id
      forwardedTo {
        id
      }
    }
  }
`),Ed=v(`
  query DeskInquiryDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Nd=v(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function ya({params:t,query:n}){let r=E(xd,{id:t.id}),i=ce(),[o,s]=y(!1),[d,a]=y(""),c=M(async()=>{await x(Nd,{id:t.id}),s(!1),a(g("inquiryClosedNotice")),await r.reload()}),u=e("p",{children:e("a",{href:_("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",g("backToInquiries")]})});if(r.error)return e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")}),u]});let p=r.data?.node;return r.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(I,{error:new Z("NOT_FOUND","")}),u]}):e("section",{children:[u,e("h1",{children:[g("inquiryTitle"),": ",p.subject]}),e(B,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:g("inquiryStatus")}),e("dd",{children:e(yn,{status:p.status})}),e("dt",{children:g("receivedAt")}),e("dd",{children:F(p.createdAt)}),e("dt",{children:g("name")}),e("dd",{children:p.name}),e("dt",{children:g("affiliation")}),e("dd",{children:p.affiliation||g("noAffiliation")}),e("dt",{children:g("email")}),e("dd",{children:p.email}),e("dt",{children:g("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:g("subject")}),e("dd",{children:p.subject}),e("dt",{children:g("answeredAt")}),e("dd",{children:p.answeredAt?F(p.answeredAt):g("notAnswered")}),e("dt",{children:g("forwardedTo")}),e("dd",{"data-testid":"inquiry-forwarded-to",children:p.forwardedTo.length?p.forwardedTo.map(b=>b.name).join("、"):g("notForwarded")})]}),e("h2",{children:g("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),e("h2",{children:g("repliesTitle")}),p.replies.length===0?e("p",{"data-testid":"inquiry-no-replies",children:g("noReplies")}):e("ol",{class:"desk-replies","data-testid":"inquiry-replies",children:p.replies.map(b=>e("li",{children:[e("p",{children:[e("strong",{children:b.subject}),e("br",{}),g("replySentBy",{name:b.sentBy,at:F(b.sentAt)})]}),e("div",{class:"desk-body",children:b.body})]},b.id))}),i("inquiry","reply")&&e(Fd,{id:p.id,subject:p.subject,email:p.email,onDone:async()=>{a(g("replySentNotice",{email:p.email})),await r.reload()}}),i("inquiry","forward")&&e(qd,{id:p.id,already:p.forwardedTo.map(b=>b.id),onDone:async b=>{a(g("forwardedNotice",{names:b})),await r.reload()}}),e(qt,{recordId:p.id}),p.status==="OPEN"&&i("inquiry","close")&&e("div",{class:"actions",children:e(S,{variant:"primary",onClick:()=>s(!0),"data-testid":"inquiry-close",children:g("closeInquiry")})}),e(oe,{open:o,title:g("closeInquiryConfirm"),confirmLabel:g("closeInquiry"),busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>{c.clear(),s(!1)},children:[e("p",{children:g("closeInquiryBody",{subject:p.subject})}),e(I,{error:c.error})]})]}):e(V,{label:C("loading")})}function Fd({id:t,subject:n,email:r,onDone:i}){let[o,s]=y(""),[d,a]=y(""),c=M(async()=>{await x(Td,{id:t,input:{subject:o.trim()||null,body:d}}),s(""),a(""),await i()}),u=p=>c.error?.field===`input.${p}`?c.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-reply-title",onSubmit:p=>{p.preventDefault(),c.run()},children:[e("h2",{id:"inquiry-reply-title",children:g("replyTitle")}),e("p",{class:"help",children:g("replyHelp",{email:r})}),e(I,{error:c.error&&!c.error.field?c.error:void 0}),e(P,{label:g("replySubject"),help:g("replySubjectHelp",{subject:`Re: ${n}`}),value:o,onInput:s,error:u("subject"),testid:"inquiry-reply-subject",maxLength:200}),e(H,{label:g("replyBody"),required:!0,rows:8,value:d,onInput:a,error:u("body"),testid:"inquiry-reply-body"}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"inquiry-reply-send",children:g("replySend")})})]})}function qd({id:t,already:n,onDone:r}){let i=E(Ed,{}),[o,s]=y([]),[d,a]=y(""),c=He(Ve(i.data?.municipality.departments??[])),u=M(async()=>{await x(Rd,{id:t,departmentIds:o,note:d.trim()||null});let b=c.filter(D=>o.includes(D.dept.id)).map(D=>D.dept.name).join("、");s([]),a(""),await r(b)}),p=u.error?.field?.startsWith("departmentIds")?u.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-forward-title",onSubmit:b=>{b.preventDefault(),u.run()},children:[e("h2",{id:"inquiry-forward-title",children:g("forwardTitle")}),e("p",{class:"help",children:g("forwardHelp")}),e(I,{error:i.error}),e(I,{error:u.error&&!u.error.field?u.error:void 0}),e(K,{legend:g("forwardDepartments"),children:[c.filter(b=>!n.includes(b.dept.id)).map(b=>e(Se,{label:Ze(b.dept.name,b.depth),checked:o.includes(b.dept.id),testid:`inquiry-forward-${b.dept.id}`,onChange:D=>s(m=>D?[...m,b.dept.id]:m.filter(h=>h!==b.dept.id))},b.dept.id)),p&&e("p",{class:"field-error",children:p})]}),e(H,{label:g("forwardNote"),help:g("forwardNoteHelp"),rows:3,value:d,onInput:a,error:u.error?.field==="note"?u.error.clerkMessage():void 0,testid:"inquiry-forward-note"}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:u.busy,disabled:o.length===0,"data-testid":"inquiry-forward-send",children:g("forwardSend")})})]})}function ha(t){try{let n=atob(t.replace(/-/g,"+").replace(/_/g,"/")),r=n.indexOf(":");return r>0?n.slice(0,r):""}catch{return""}}function Ut(t,n){switch(t.toLowerCase()){case"proposal":return _(`/proposals/${encodeURIComponent(n)}`);case"inquiry":return _(`/desk/inquiries/${encodeURIComponent(n)}`,{status:"ALL"});default:return null}}var Md=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Dt(t){return Md(t)?t:""}function hn(t){return`${t}T00:00:00+09:00`}function ba(t){let[n,r,i]=t.split("-").map(Number);return new Date(Date.UTC(n,r-1,i+1)).toISOString().slice(0,10)}var _d=v(`
  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {
    personalDataReads(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          reader
          readerId
          readAt
          recordType
          recordId
          fields
          operation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Ld=v(`
  query DeskPersonalDataReaders {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),Da=50;function Od(t){let n={},r=Dt(t.get("from")),i=Dt(t.get("to"));return r&&(n.from=hn(r)),i&&(n.to=hn(ba(i))),t.get("record")&&(n.recordId=t.get("record").trim()),t.get("reader")&&(n.readerId=t.get("reader")),Object.keys(n).length>0?n:null}function Bd(t){switch(t){case"Proposal":return w("typeProposal");case"Inquiry":return w("typeInquiry");case"User":return w("typeUser");case"Attachment":return w("typeAttachment");case"personal_data_reads":return w("typeLog");default:return t}}function Ca({query:t}){let n=Od(t),r=JSON.stringify(n),[i,o]=Pe(r),s=E(_d,{first:Da,after:i,filter:n}),[d,a]=y(!1),c=M(async()=>{a(!1);let u=new URLSearchParams;n?.recordId&&u.set("recordId",String(n.recordId)),n?.readerId&&u.set("readerId",String(n.readerId)),n?.from&&u.set("from",String(n.from)),n?.to&&u.set("to",String(n.to));let p=u.toString();await je(`exports/personal-data-reads.csv${p?`?${p}`:""}`,"personal-data-reads.csv"),a(!0)});return e("section",{children:[e("h1",{children:w("readsTitle")}),e("p",{children:w("readsIntro")}),e(Ud,{query:t},t.toString()),e("div",{class:"desk-filter-buttons",children:e(S,{variant:"secondary",busy:c.busy,"data-testid":"reads-csv",onClick:()=>{c.run()},children:w("download")})}),d&&e(B,{children:w("downloaded")}),e(I,{error:c.error}),e(I,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(ee,{caption:w("readsCaption"),testid:"personal-data-reads",page:s.data?.personalDataReads,after:i,onAfter:o,resetKey:r,pageSize:Da,rowKey:u=>u.id,columns:[{header:w("colReadAt"),cell:u=>F(u.readAt),class:"desk-nowrap"},{header:w("colReader"),cell:u=>e(R,{children:[u.reader," ",t.get("reader")!==u.readerId&&e("a",{href:_("/desk/personal-data-reads",{...Object.fromEntries(t.entries()),reader:u.readerId}),class:"desk-small",children:w("thisReaderOnly")})]})},{header:w("colRecord"),cell:u=>{let p=Ut(u.recordType,u.recordId),b=`${Bd(u.recordType)} ${u.recordId}`;return e(R,{children:[p?e("a",{href:p,children:b}):b,t.get("record")!==u.recordId&&e(R,{children:[" ",e("a",{href:_("/desk/personal-data-reads",{...Object.fromEntries(t.entries()),record:u.recordId}),class:"desk-small",children:w("thisRecordOnly")})]})]})},class:"desk-break"},{header:w("colFields"),cell:u=>u.fields.join("、"),class:"desk-break"},{header:w("colOperation"),cell:u=>e("code",{children:u.operation}),class:"desk-break"}]})]})}function Ud({query:t}){let n=E(Ld,{}),[r,i]=y(t.get("record")??""),[o,s]=y(t.get("reader")??""),[d,a]=y(Dt(t.get("from"))),[c,u]=y(Dt(t.get("to"))),[p,b]=y(!1),D=["record","reader","from","to"].some(h=>t.get(h)),m=(n.data?.users.edges??[]).filter(h=>h.node.role!=="PROPOSER");return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":w("filters"),onSubmit:h=>{h.preventDefault();let A=!d||!c||d<=c;b(!A),A&&ae("/desk/personal-data-reads",{record:r.trim(),reader:o,from:d,to:c})},children:[e(K,{legend:w("period"),class:"desk-period",children:[e(P,{label:w("fromDate"),type:"date",value:d,onInput:a,testid:"reads-from",error:p?w("badRange"):void 0}),e(P,{label:w("toDate"),type:"date",value:c,onInput:u,testid:"reads-to"})]}),e("div",{class:"desk-filters",children:[e(q,{label:w("reader"),value:o,onChange:s,testid:"reads-reader",options:[{value:"",label:w("all")},...m.map(h=>({value:h.node.id,label:`${h.node.displayName}（${et(h.node.role)}）`}))]}),e(P,{label:w("record"),help:w("recordHelp"),value:r,onInput:i,maxLength:200,testid:"reads-record"})]}),e("div",{class:"desk-filter-buttons",children:[e(S,{type:"submit",variant:"primary","data-testid":"reads-apply",children:w("apply")}),D&&e(S,{variant:"link",onClick:()=>ae("/desk/personal-data-reads"),children:w("clearFilters")})]})]})}var jd=v(`
  query DeskRetentionRules {
    municipality {
      id
      retention {
        recordType
        months
        isDefault
      }
    }
  }
`),Vd=v(`
  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {
    setRetention(input: $input) {
      recordType
      months
      isDefault
    }
  }
`),Hd=v(`
  query DeskRetentionDryRun {
    retentionDryRun {
      recordId
      rule
      months
      expiredSince
    }
  }
`),Kd=v(`
  query DeskRetentionPurgeLog($first: Int, $after: String) {
    purgeLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          recordId
          recordType
          rule
          months
          expiredAt
          purgedAt
          parts
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);function jt(t,n=!1){return w(`${n?"short":"rule"}${t}`)}var Qd={contact:"partContact",messages:"partMessages",attachments:"partAttachments",sender:"partSender",subject:"partSubject",body:"partBody",replies:"partReplies",forwardNotes:"partForwardNotes",disclosureCopies:"partDisclosureCopies",customFields:"partCustomFields",organization:"partOrganization"};function Wd(t,n){let r=/^entries:(\d+)$/.exec(t);if(r)return w(n==="OutboxMail"?"partMails":"partEntries",{n:r[1]});let i=Qd[t];return i?w(i):t}function va({id:t,type:n}){let r=Ut(n,t),o=`${n==="Proposal"?w("typeProposal"):n==="Inquiry"?w("typeInquiry"):n==="OutboxMail"?w("outboxMail"):w("auditEntry")} ${t}`;return r?e("a",{href:r,children:o}):e(R,{children:o})}var Aa=20;function ka(t){let n=ce(),r=E(jd,{}),i=E(Hd,{}),[o,s]=Pe("purge"),d=E(Kd,{first:Aa,after:o}),a=i.data?.retentionDryRun??[],[c,u]=y("");return e("section",{children:[e("h1",{children:w("retentionTitle")}),e("p",{children:w("retentionIntro")}),e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")}),r.loading&&!r.data&&e(V,{label:C("loading")}),e(B,{children:c}),r.data&&e(zd,{rules:r.data.municipality.retention,editable:n("retention","manage"),onNotice:u,onSaved:async()=>{await r.reload(),await i.reload()}},JSON.stringify(r.data.municipality.retention)),e("section",{"aria-labelledby":"retention-dry-run",children:[e("h2",{id:"retention-dry-run",children:w("dryRunTitle")}),e("p",{class:"help",children:w("dryRunIntro")}),e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.data&&(a.length===0?e("p",{"data-testid":"retention-dry-run-none",children:w("dryRunNone")}):e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":w("dryRunCaption"),children:e("table",{class:"table","data-testid":"retention-dry-run",children:[e("caption",{children:[w("dryRunCaption"),"（",w("dryRunCount",{n:a.length}),"）"]}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:w("colRecord")}),e("th",{scope:"col",children:w("colRule")}),e("th",{scope:"col",children:w("colMonths")}),e("th",{scope:"col",children:w("colExpired")})]})}),e("tbody",{children:a.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:e(va,{id:p.recordId,type:ha(p.recordId)})}),e("td",{children:jt(p.rule,!0)}),e("td",{class:"desk-nowrap",children:w("monthsN",{n:p.months})}),e("td",{class:"desk-nowrap",children:F(p.expiredSince)})]},p.recordId))})]})}))]}),e("section",{"aria-labelledby":"retention-purge-log",children:[e("h2",{id:"retention-purge-log",children:w("purgeTitle")}),e(I,{error:d.error,onRetry:()=>{d.reload()},retryLabel:C("retry")}),e(ee,{caption:w("purgeCaption"),testid:"retention-purge-log",page:d.data?.purgeLog,after:o,onAfter:s,resetKey:"purge",pageSize:Aa,rowKey:p=>`${p.recordType}|${p.recordId}|${p.purgedAt}`,columns:[{header:w("colPurgedAt"),cell:p=>F(p.purgedAt),class:"desk-nowrap"},{header:w("colRecord"),cell:p=>e(va,{id:p.recordId,type:p.recordType}),class:"desk-break"},{header:w("colRule"),cell:p=>`${jt(p.rule,!0)}（${w("monthsN",{n:p.months})}）`},{header:w("colExpired"),cell:p=>F(p.expiredAt),class:"desk-nowrap"},{header:w("colParts"),cell:p=>p.parts.map(b=>Wd(b,p.recordType)).join("、")}]})]})]})}function zd(t){let[n,r]=y(Object.fromEntries(t.rules.map(u=>[u.recordType,String(u.months)]))),i=M(async()=>{let u=t.rules.filter(p=>n[p.recordType]!==String(p.months)).map(p=>({recordType:p.recordType,months:Number(n[p.recordType])}));await x(Vd,{input:u}),t.onNotice(w("rulesSaved")),await t.onSaved()}),o=t.rules.filter(u=>n[u.recordType]!==String(u.months)),[s,d]=y([]),a=u=>{if(s.includes(u))return w("monthsHelp");let p=i.error?.field;if(!p)return;let b=/^input\[(\d+)\]/.exec(p);return b&&o[Number(b[1])]?.recordType===u?i.error.clerkMessage():void 0},c=t.rules.some(u=>a(u.recordType));return e("form",{class:"desk-panel","aria-labelledby":"retention-rules","data-testid":"retention-rules",onSubmit:u=>{u.preventDefault(),t.onNotice("");let p=o.filter(b=>!/^\d+$/.test(n[b.recordType]??"")||Number(n[b.recordType])<1||Number(n[b.recordType])>1200);d(p.map(b=>b.recordType)),p.length===0&&i.run()},children:[e("h2",{id:"retention-rules",children:w("rulesTitle")}),e(I,{error:c?void 0:i.error}),t.rules.map(u=>e("div",{class:"retention-rule",children:[t.editable?e(P,{label:jt(u.recordType),type:"number",value:n[u.recordType]??"",onInput:p=>r({...n,[u.recordType]:p}),help:`${w("months")}・${w("monthsHelp")}`,error:a(u.recordType),required:!0,testid:`retention-${u.recordType}`}):e("p",{children:[e("span",{class:"desk-label",children:jt(u.recordType)}),"：",w("monthsN",{n:u.months})]}),e(j,{tone:u.isDefault?"neutral":"info",testid:`retention-${u.recordType}-source`,children:u.isDefault?w("isDefault"):w("isSet")})]},u.recordType)),t.editable&&e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:i.busy,disabled:o.length===0,"data-testid":"retention-save",children:w("saveRules")})})]})}var Jd=v(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`),Gd=v(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);function Ia(t){let n=E(Jd,{}),[r,i]=y(""),[o,s]=y("");ne(()=>{n.data&&i(n.data.municipality.itemUrlTemplate??"")},[n.data]);let d=M(async()=>{s(""),await x(Gd,{input:{itemUrlTemplate:r}}),s(ie("saved")),await n.reload()});if(!n.data)return e("section",{children:[e("h1",{children:ie("settingsTitle")}),n.error?e(I,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}):e(V,{label:C("loading")})]});let a=new URL("../sitemap.xml?municipality="+encodeURIComponent(n.data.municipality.slug),location.href).href;return e("section",{children:[e("h1",{children:ie("settingsTitle")}),e("form",{onSubmit:c=>{c.preventDefault(),d.run()},children:[e(B,{children:o}),e(I,{error:d.error}),e(P,{label:ie("itemUrlTemplate"),type:"url",value:r,onInput:i,help:ie("itemUrlTemplateHelp"),maxLength:500,testid:"field-item-url-template"}),n.data.municipality.itemUrlTemplate&&e("p",{class:"help",children:[ie("sitemapNote"),e("a",{href:a,target:"_blank",rel:"noopener noreferrer",children:a})]}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:ie("save")})})]})]})}var Yd=v(`
  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      periods {
        ...DeskStatisticsPeriod
      }
      total {
        ...DeskStatisticsPeriod
        receivedByScheme {
          key
          count
        }
      }
    }
  }
  fragment DeskStatisticsPeriod on StatisticsPeriod {
    label
    start
    end
    received
    receivedByKind {
      key
      count
    }
    assigned
    accepted
    declined
    withdrawn
    becameProjects
    becameAgreements
    daysToFirstResponse {
      count
      median
      p90
    }
    daysToDecision {
      count
      median
      p90
    }
  }
`),Vt=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Xd(){let t=new Date(Date.now()+324e5),n=t.getUTCFullYear();return t.getUTCMonth()<3?n-1:n}function Zd(t){let n=Xd(),r=t.get("from"),i=t.get("to");return{from:Vt(r)?r:`${n-2}-04-01`,to:Vt(i)?i:`${n+1}-03-31`,groupBy:t.get("by")==="MONTH"?"MONTH":"FISCAL_YEAR"}}function Sa(t,n){return t.receivedByKind.find(r=>r.key===n)?.count??0}function $a(t){return t.median==null||t.p90==null?G("none"):G("days",{median:t.median.toFixed(1),p90:t.p90.toFixed(1)})}function Pa({query:t}){let n=Zd(t),r=E(Yd,n),[i,o]=y(!1),s=M(async()=>{o(!1);let c=new URLSearchParams({from:n.from,to:n.to,groupBy:n.groupBy});await je(`exports/statistics.csv?${c.toString()}`,`statistics-${n.from}-${n.to}.csv`),o(!0)}),d=c=>{let u={...n,...c};ae("/desk/statistics",{from:u.from,to:u.to,by:u.groupBy==="MONTH"?"MONTH":void 0})},a=r.data?.deskStatistics;return e("section",{children:[e("h1",{children:G("title")}),e("p",{children:G("intro")}),e(eu,{from:n.from,to:n.to,onApply:(c,u)=>d({from:c,to:u})},`${n.from}|${n.to}`),e("div",{class:"desk-filter-buttons",role:"group","aria-label":G("groupBy"),children:[e("span",{children:[G("groupBy"),":"]}),["FISCAL_YEAR","MONTH"].map(c=>e(S,{variant:n.groupBy===c?"primary":"secondary","aria-pressed":n.groupBy===c?"true":"false","data-testid":`statistics-by-${c.toLowerCase()}`,onClick:()=>d({groupBy:c}),children:c==="MONTH"?G("byMonth"):G("byFiscalYear")},c)),e(S,{variant:"secondary",busy:s.busy,"data-testid":"statistics-csv",onClick:()=>{s.run()},children:G("download")})]}),i&&e(B,{children:G("downloaded")}),e(I,{error:s.error}),e(I,{error:r.error,onRetry:()=>{r.reload()},retryLabel:C("retry")}),a&&e(tu,{st:a}),e("p",{class:"desk-small",children:G("definitions")})]})}function eu(t){let[n,r]=y(t.from),[i,o]=y(t.to),[s,d]=y(!1);return e("form",{class:"desk-panel","aria-label":G("period"),onSubmit:a=>{a.preventDefault();let c=Vt(n)&&Vt(i)&&n<=i;d(!c),c&&t.onApply(n,i)},children:[e(K,{legend:G("period"),class:"desk-period",children:[e(P,{label:G("from"),type:"date",value:n,onInput:r,required:!0,testid:"statistics-from",error:s?G("badRange"):void 0}),e(P,{label:G("to"),type:"date",value:i,onInput:o,required:!0,testid:"statistics-to"})]}),e("div",{class:"desk-filter-buttons",children:e(S,{type:"submit",variant:"primary","data-testid":"statistics-apply",children:G("show")})})]})}function tu({st:t}){let n=t.groupBy==="MONTH"?G("byMonth"):G("byFiscalYear"),r=(o,s)=>e("tr",{class:s?"statistics-total":void 0,children:[e("th",{scope:"row",children:s?G("total"):o.label}),e("td",{children:o.received}),e("td",{children:Sa(o,"FREE")}),e("td",{children:Sa(o,"CHALLENGE")}),e("td",{children:o.assigned}),e("td",{children:o.accepted}),e("td",{children:o.declined}),e("td",{children:o.withdrawn}),e("td",{children:o.becameProjects}),e("td",{children:o.becameAgreements}),e("td",{children:$a(o.daysToFirstResponse)}),e("td",{children:$a(o.daysToDecision)})]},s?"total":o.label),i=G("caption",{from:J(t.from),to:J(t.to),by:n});return e(R,{children:[e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":i,children:e("table",{class:"table statistics-table","data-testid":"statistics-table",children:[e("caption",{children:i}),e("thead",{children:e("tr",{children:["colPeriod","colReceived","colFree","colChallenge","colAssigned","colAccepted","colDeclined","colWithdrawn","colProjects","colAgreements","colFirstResponse","colDecision"].map(o=>e("th",{scope:"col",children:G(o)},o))})}),e("tbody",{children:[t.periods.map(o=>r(o,!1)),r(t.total,!0)]})]})}),t.total.receivedByScheme.length===0?e("p",{children:G("noSchemes")}):e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":G("schemeCaption"),children:e("table",{class:"table statistics-schemes","data-testid":"statistics-schemes",children:[e("caption",{children:G("schemeCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:G("colScheme")}),e("th",{scope:"col",children:G("colCount")})]})}),e("tbody",{children:t.total.receivedByScheme.map(o=>e("tr",{children:[e("th",{scope:"row",children:o.key}),e("td",{children:o.count})]},o.key))})]})})]})}var nu=v(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),ru=v(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),ou=v(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),wa=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function Ct(t){return g(`event${t}`)}function bn({active:t}){return t?e(j,{tone:"success",icon:"✓",children:g("active")}):e(j,{tone:"neutral",icon:"■",children:g("inactive")})}function iu(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function xa(){let t=E(nu,{}),n=ce(),[r,i]=y(""),[o,s]=y(null),[d,a]=y(null),c=M(async p=>{await x(ou,{id:p.id}),a(null),s(null),i(g("deletedWebhookNotice",{url:p.url})),await t.reload()}),u=n("webhook","manage");return e("section",{children:[e("h1",{children:g("webhooksTitle")}),e("p",{children:g("webhooksIntro")}),e(B,{children:r}),o&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:g("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[g("secret"),": "]}),e("code",{children:o.secret})]}),e(S,{onClick:()=>s(null),children:C("close")})]}),e(I,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),!t.data&&!t.error&&e(V,{label:C("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:g("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("url")}),e("th",{scope:"col",children:g("events")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("createdAt")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:C("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(Ct).join("、")}),e("td",{children:e(bn,{active:p.active})}),e("td",{class:"desk-nowrap",children:F(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:_(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${g("deliveryLog")}: ${p.url}`,children:g("deliveryLog")}),u&&e(S,{variant:"danger","aria-label":`${g("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:g("deleteWebhook")})]})})]},p.id))]})]})}),u&&e(au,{onDone:(p,b)=>{s({url:p,secret:b}),i(g("registeredNotice",{url:p})),t.reload()}}),e(oe,{open:d!==null,title:d?g("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:g("deleteWebhook"),danger:!0,busy:c.busy,onConfirm:()=>d&&void c.run(d),onCancel:()=>{c.clear(),a(null)},children:[e("p",{children:g("deleteWebhookBody")}),e(I,{error:c.error})]})]})}function au({onDone:t}){let[n,r]=y(""),[i,o]=y(["CONTENT_PUBLISHED"]),[s,d]=y(!1),a=M(async()=>{let u=iu(),p=await x(ru,{input:{url:n.trim(),events:i,secret:u}});r(""),t(p.registerWebhook.url,u)}),c=u=>a.error?.field===`input.${u}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:u=>{if(u.preventDefault(),i.length===0){d(!0);return}d(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:g("newWebhook")}),e(P,{label:g("url"),type:"url",required:!0,value:n,onInput:r,help:g("urlHelp"),error:c("url"),testid:"webhook-url",autocomplete:"off"}),e(K,{legend:g("events"),children:[wa.map(u=>e(Se,{label:Ct(u),checked:i.includes(u),testid:`webhook-event-${u}`,onChange:p=>o(p?wa.filter(b=>b===u||i.includes(b)):i.filter(b=>b!==u))},u)),(s||c("events"))&&e("p",{class:"field-error",role:"alert",children:c("events")??g("chooseEvent")})]}),e(I,{error:a.error}),e("div",{class:"actions",children:e(S,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:g("register")})})]})}var su=v(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),Ta=20,Ra=100;function lu({status:t}){let n={PENDING:["warning","…",g("deliveryPENDING")],DELIVERED:["success","✓",g("deliveryDELIVERED")],FAILED:["danger","×",g("deliveryFAILED")]},[r,i,o]=n[t]??["neutral","?",t];return e(j,{tone:r,icon:i,children:o})}function Ea({params:t}){let[n,r]=y(Ta),i=E(su,{first:n}),o=e("p",{children:e("a",{href:_("/desk/webhooks"),children:["← ",g("backToWebhooks")]})});if(i.error)return e("section",{children:[o,e("h1",{children:g("webhookTitle")}),e(I,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});if(!i.data)return e(V,{label:C("loading")});let s=i.data.webhooks.find(a=>a.id===t.id);if(!s)return e("section",{children:[o,e("h1",{children:g("webhookTitle")}),e("p",{role:"alert",children:g("webhookMissing")})]});let d=s.deliveries;return e("section",{children:[o,e("h1",{children:[g("webhookTitle"),": ",e("span",{class:"desk-break",children:s.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:g("events")}),e("dd",{children:s.events.map(Ct).join("、")}),e("dt",{children:g("status")}),e("dd",{children:e(bn,{active:s.active})}),e("dt",{children:g("createdAt")}),e("dd",{children:F(s.createdAt)})]}),e("h2",{children:g("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:g("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("queuedAt")}),e("th",{scope:"col",children:g("event")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("attempts")}),e("th",{scope:"col",children:g("lastStatusCode")}),e("th",{scope:"col",children:g("lastError")}),e("th",{scope:"col",children:g("nextAttemptAt")}),e("th",{scope:"col",children:g("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:C("empty")})}),d.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:F(a.createdAt)}),e("td",{children:Ct(a.event)}),e("td",{children:e(lu,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?g("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?F(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?F(a.deliveredAt):"—"})]},a.id))]})]})}),d.length>=n&&n<Ra&&e("div",{class:"actions",children:e(S,{onClick:()=>r(Math.min(n+Ta,Ra)),busy:i.loading,"data-testid":"deliveries-more",children:g("showMore")})})]})}var Na=[{path:"/desk/inquiries/:id",component:ya,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:fa,nav:{label:()=>g("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:Zi,nav:{label:()=>g("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:ca,nav:{label:()=>g("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Ea,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:xa,nav:{label:()=>g("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/custom-fields",component:da,nav:{label:()=>N("navCustomFields"),order:350},permission:{resource:"customField",action:"manage"}},{path:"/desk/audit",component:aa,nav:{label:()=>g("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/settings",component:Ia,nav:{label:()=>ie("navSettings"),order:360},permission:{resource:"municipality",action:"update"}},{path:"/desk/personal-data-reads",component:Ca,nav:{label:()=>w("navReads"),order:345},permission:{resource:"personalDataRead",action:"read"}},{path:"/desk/retention",component:ka,nav:{label:()=>w("navRetention"),order:346},permission:{resource:"retention",action:"read"}},{path:"/desk/statistics",component:Pa,nav:{label:()=>G("nav"),order:305},permission:{resource:"statistics",action:"readDesk"}}];var ft=[{path:"/",component:ai,nav:{label:()=>C("home"),order:0}},...Ai,...Ji,...Na];function Fa(t){let n=t.viewer.me;return e(R,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:C("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",C("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:C("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(Dn,{}),e(S,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:C("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":C("mainNav"),children:e("ul",{children:t.nav.map(r=>{let i=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:_(r.path),"aria-current":i?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function Dn(){let t=fe()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${C("language")}: ${C("switchLang")}`,onClick:()=>Gn(t),"data-testid":"lang-toggle",children:C("switchLang")})}var du=v(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function qa({notice:t}){let[n,r]=y(""),[i,o]=y(""),[s,d]=y(""),a=M(async()=>{let c=await x(du,{email:n,password:i},{municipality:s.trim()||void 0});Ye(c.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(Dn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:C("appName")}),e("h2",{children:C("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:C("loginFailed")}):e(I,{error:a.error}),e("form",{onSubmit:c=>{c.preventDefault(),a.run()},children:[e(P,{label:C("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(P,{label:C("password"),type:"password",autocomplete:"current-password",required:!0,value:i,onInput:o,testid:"login-password"}),e(P,{label:C("municipality"),help:C("municipalityHelp"),value:s,onInput:d,autocomplete:"off",testid:"login-municipality"}),e(S,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?C("signingIn"):C("signIn")})]})]})]})}var uu=v(`
  mutation Logout {
    logout
  }
`);async function pu(){try{await x(uu,{})}finally{Ye(null)}}function cu(){let[,t]=y(0),[n,r]=y(Ge()!==null),[i,o]=y(!1);return ne(()=>Yn(()=>t(s=>s+1)),[]),ne(()=>Xn(s=>{o(!s&&n),r(s)}),[n]),n?e(mu,{}):e(qa,{notice:i?C("errUnauthenticated"):void 0})}function mu(){let t=E(ii,{}),[n,r]=y(!1),i=ri(),o=()=>{r(!0),pu().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(I,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),e(S,{onClick:o,children:C("signOut")})]});if(!t.data)return e(V,{label:C("loading")});let s=t.data.me;if(!s||s.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:C("proposerOnly")}),e(S,{onClick:o,children:C("signOut")})]});let d={me:s,municipality:t.data.municipality,permissions:t.data.permissions},a=ft.filter(p=>p.nav&&de(d,p.permission)).sort((p,b)=>p.nav.order-b.nav.order).map(p=>({path:p.path,label:p.nav.label()})),c=oi(ft,i.path),u;if(!c||!de(d,c.route.permission))u=e("section",{children:[e("h1",{children:C("notFound")}),e("p",{children:e("a",{href:"#/",children:C("backHome")})})]});else{let p=c.route.component;u=e(p,{params:c.params,query:i.query},i.path)}return e(ln.Provider,{value:d,children:e(Fa,{viewer:d,nav:a,current:i.path,onSignOut:o,signingOut:n,children:u})})}document.documentElement.lang=fe();En(e(cu,{}),document.getElementById("app"));
